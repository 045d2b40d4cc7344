// Before each measurement: a request the load generator gave up on keeps running in the server and in
// PostgreSQL, and would slow whatever is measured next (at 1M passages, page / showed no response while its
// own queries took 70 ms). Cancel every query still running in the bench's database, then wait until none
// is, so that each endpoint's figures are its own.
import pg from "pg";

const OTHERS = "datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'";

/** How many queries were cancelled, and whether the database was idle within `timeoutMs`. */
export async function cancelAbandonedQueries(url: string, timeoutMs = 60_000): Promise<{ cancelled: number; idle: boolean }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE ${OTHERS}`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE ${OTHERS}`);
      if (rows[0].n === 0) return { cancelled: rowCount ?? 0, idle: true };
      if (Date.now() > deadline) return { cancelled: rowCount ?? 0, idle: false };
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await client.end();
  }
}
