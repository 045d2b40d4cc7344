// A CLI's database session: start (or reach) the server, apply migrations, expose DATABASE_URL to lib/.
// When the database cannot be reached the CLI says why in one line and exits 1, with no stack trace.
import pg from "pg";
import { disconnect } from "../../lib/db";
import { redact, startDatabase } from "./database";
import { exit } from "./exit";
import { migrate } from "./migrate";

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (e) {
    return e instanceof Error ? e.message || e.name : String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

function fail(message: string): Promise<never> {
  console.error(`error: ${message}`);
  return exit(1);
}

export async function openDatabase(options: { quiet?: boolean } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const db = await startDatabase(options).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
  const problem = await reachable(db.url);
  if (problem) {
    await db.stop();
    return fail(`cannot reach the database at ${redact(db.url)}: ${problem}`);
  }
  try {
    await migrate(db.url);
  } catch (e) {
    await db.stop();
    return fail(`applying migrations failed: ${e instanceof Error ? e.message : e}`);
  }
  process.env.DATABASE_URL = db.url;
  return {
    url: db.url,
    close: async () => {
      await disconnect();
      await db.stop();
    },
  };
}
