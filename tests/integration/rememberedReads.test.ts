// Dashboard reads are remembered while the database is unchanged (lib/queries/plan/rememberedReads.ts): the key is
// the version of the data, which must stay put while nothing is written here (whatever other databases of the
// server do) and move with every write that commits, so that a remembered answer is never an old one.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { disconnect, getPrisma } from "../../lib/db";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import { ingestArticleStream } from "../../lib/pipeline/ingestArticleStream";
import { getFramingByOutlet } from "../../lib/queries/reads/getFramingByOutlet";
import { getDataVersion } from "../../lib/queries/stats/getDataVersion";
import { COMPACT_ABOVE, compactDataChanges } from "../../lib/queries/maintenance/compactDataChanges";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
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
    // the server's maintenance database: pg_current_snapshot() would move with this write; the data version must not
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

  describe("the record of writes stays small", () => {
    const commits = (version: string) => Number(version.split(":")[0]);
    const rows = async () => Number((await getPrisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM data_change`)[0].n);
    // each statement its own transaction, each a row of data_change
    const writeTimes = async (n: number) => {
      for (let i = 0; i < n; i++) await getPrisma().$executeRaw`DELETE FROM passage WHERE id = -1`;
    };

    test("a compaction leaves the version as it was and one row for the older writes; the next write still moves it", async () => {
      await writeTimes(COMPACT_ABOVE + 10);
      assert.ok((await rows()) > COMPACT_ABOVE);
      const before = await getDataVersion();
      await compactDataChanges();
      assert.equal(await getDataVersion(), before);
      assert.equal(await rows(), 2, "the newest row, and one for all the others");
      await writeTimes(1);
      assert.equal(commits(await getDataVersion()), commits(before) + 1);
    });

    test("below the threshold nothing is compacted", async () => {
      await compactDataChanges();
      const count = await rows();
      await writeTimes(3);
      await compactDataChanges();
      assert.equal(await rows(), count + 3);
    });

    test("a write in flight while others are compacted counts once it commits", async () => {
      await writeTimes(COMPACT_ABOVE + 10);
      const before = await getDataVersion();
      const writer = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await writer.connect();
      try {
        await writer.query("BEGIN");
        await writer.query("DELETE FROM passage WHERE id = -1");
        await compactDataChanges(); // does not wait for the writer: its row is not visible to it
        assert.equal(await getDataVersion(), before);
        await writer.query("COMMIT");
      } finally {
        await writer.end();
      }
      assert.equal(commits(await getDataVersion()), commits(before) + 1);
    });

    test("ingestion and relabelling compact as they go", async () => {
      await writeTimes(COMPACT_ABOVE + 10);
      assert.equal((await ingestArticleStream([article("Outlet Three", 3)], testModel())).failed, 0);
      assert.ok((await rows()) <= 3, "compacted after the ingest");
      await writeTimes(COMPACT_ABOVE + 10);
      const [{ id }] = await getPrisma().$queryRaw<{ id: number }[]>`SELECT id FROM passage ORDER BY id LIMIT 1`;
      assert.ok(await setHumanLabel(id, "testimony"));
      assert.ok((await rows()) <= 3, "compacted after the relabel");
    });
  });
});
