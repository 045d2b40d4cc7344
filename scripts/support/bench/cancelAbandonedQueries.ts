// Between two endpoints' measurements: a request the load generator gave up on keeps running in the server
// and in PostgreSQL, and would slow whatever is measured next (at 1M passages, page / showed no response
// while its own queries took 70 ms). Cancel every query still running in the database, then wait until
// none is, so that each endpoint's figures are its own.
import pg from "pg";

export async function cancelAbandonedQueries(url: string, timeoutMs = 60_000): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const others = "datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'";
    const { rowCount } = await client.query(`SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE ${others}`);
    for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 200))) {
      const { rows } = await client.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE ${others}`);
      if (rows[0].n === 0) break;
    }
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}
