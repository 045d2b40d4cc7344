// A CLI applies migrations only when its database lacks one (scripts/support/migrate.ts): a new database gets
// every one, an up-to-date one none, and one whose migration was rolled back gets that one again.
import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, test } from "node:test";
import pg from "pg";
import { dropDatabase, recreateDatabase, withDatabase } from "../../scripts/support/database";
import { migrate, pendingMigrations } from "../../scripts/support/migrate";

const url = withDatabase(process.env.DATABASE_URL!, `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}_migrate`);
const folders = fs.readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

before(() => recreateDatabase(url));
after(() => dropDatabase(url));

test("a new database lacks every migration; once migrated, none; a rolled-back one is pending again", async () => {
  assert.deepEqual((await pendingMigrations(url)).sort(), folders);
  await migrate(url);
  assert.deepEqual(await pendingMigrations(url), []);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1", [folders.at(-1)]);
  } finally {
    await client.end();
  }
  assert.deepEqual(await pendingMigrations(url), [folders.at(-1)]);
});
