// Dashboard reads are remembered while the database is unchanged (lib/queries/rememberedReads.ts): the key is
// the version of the data, which must stay put while nothing is written here (whatever other databases of the
// server do) and move with every write that commits, so that a remembered answer is never an old one.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { disconnect, getPrisma } from "../../lib/db";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import { ingestArticleStream } from "../../lib/pipeline/ingestArticleStream";
import { getFramingByOutlet } from "../../lib/queries/getFramingByOutlet";
import { getDataVersion } from "../../lib/queries/getDataVersion";
import { withDatabase } from "../../scripts/support/database";
import { emptyDatabase, testModel } from "../support/db";

const article = (outlet: string, i: number) => ({
  label: `${outlet}-${i}.txt`,
  parse: () => parsePlainTextArticle(
    [`Report ${i}`, `Former detainees told ${outlet} reporters how guards in the camp woke them every night for roll call.`,
      `The regional government said the vocational training centres had helped residents find stable work.`].join("\n\n"),
    { title: `Report ${i} from ${outlet}`, outlet, published: "2022-03-01" }, `${outlet}-${i}.txt`),
});

describe("remembered dashboard reads", () => {
  before(async () => {
    await emptyDatabase();
    assert.equal((await ingestArticleStream([article("Outlet One", 1)], testModel())).failed, 0);
  });
  after(disconnect);

  test("the version stays put while nothing is written here, even while another database is written to", async () => {
    const before = await getDataVersion();
    assert.equal(await getDataVersion(), before);
    // the server's maintenance database: the memory used to be emptied by any write on the server
    const other = new pg.Client({ connectionString: withDatabase(process.env.DATABASE_URL!, "postgres") });
    await other.connect();
    try {
      await other.query("CREATE TEMP TABLE churn (x int)");
      await other.query("INSERT INTO churn VALUES (1)");
    } finally {
      await other.end();
    }
    assert.equal(await getDataVersion(), before);
  });

  test("the version moves when a write here commits, not before", async () => {
    const before = await getDataVersion();
    let during = "";
    await getPrisma().$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE outlet SET name = name WHERE name = 'Outlet One'`;
      during = await getDataVersion(); // another connection: the write is not committed yet
    });
    assert.equal(during, before);
    const after = await getDataVersion();
    assert.notEqual(after, before);
    // a statement that matches no row is still a write as far as the version knows: harmless, never stale
    await getPrisma().$executeRaw`DELETE FROM passage WHERE id = -1`;
    assert.notEqual(await getDataVersion(), after);
  });

  test("every table the dashboard reads moves the version when written (a new table needs the trigger too)", async () => {
    const untracked = await getPrisma().$queryRaw<{ table: string }[]>`
      SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname NOT IN ('data_change', 'stats_cell_change', '_prisma_migrations')
        AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'note_data_change')
      ORDER BY 1`;
    assert.deepEqual(untracked.map((r) => r.table), []);
  });

  test("an ingest shows in the next read of a view read before it", async () => {
    const outlets = async () => (await getFramingByOutlet({})).map((r) => r.outlet);
    assert.deepEqual(await outlets(), ["Outlet One"]);
    assert.deepEqual(await outlets(), ["Outlet One"]);
    assert.equal((await ingestArticleStream([article("Outlet Two", 2)], testModel())).failed, 0);
    assert.deepEqual((await outlets()).sort(), ["Outlet One", "Outlet Two"]);
  });
});
