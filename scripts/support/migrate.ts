// Migrations for a CLI's database: `prisma migrate deploy` only when the database lacks one of the project's
// migrations. Deploy starts Prisma's schema engine through the WASM shim (../shared/notes/prisma-offline.md): about
// 3 s on an idle machine, 15 s under load, for an answer that is almost always "nothing to apply".
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { runOrThrow } from "./run";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

/** The project's migrations (folder names) that the database has not finished applying. */
export async function pendingMigrations(url: string): Promise<string[]> {
  const wanted = fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(MIGRATIONS_DIR, d.name, "migration.sql")))
    .map((d) => d.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS t");
    if (!table.rows[0].t) return wanted;
    const applied = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((r) => r.migration_name));
    return wanted.filter((m) => !done.has(m));
  } finally {
    await client.end();
  }
}

// Prisma's report goes to stderr: a command's stdout is its answer (npm run delete -- --json | jq)
export async function migrate(url: string): Promise<void> {
  if ((await pendingMigrations(url)).length === 0) return;
  await runOrThrow("prisma", ["migrate", "deploy"], { DATABASE_URL: url }, { stdoutToStderr: true });
}
