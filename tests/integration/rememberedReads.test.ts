// Dashboard reads are remembered while the database is unchanged (lib/queries/rememberedReads.ts): the key is
// PostgreSQL's snapshot, which must stay put while nothing is written and move with every write, so that a
// remembered answer is never an old one.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import { ingestArticleStream } from "../../lib/pipeline/ingestArticleStream";
import { getFramingByOutlet } from "../../lib/queries/getFramingByOutlet";
import { getSnapshotId } from "../../lib/queries/getSnapshotId";
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

  test("the snapshot stays put while nothing is written, and moves with a write", async () => {
    // another session's write (autovacuum's ANALYZE, say) may land between two reads: one quiet pair suffices
    let quiet = false;
    for (let i = 0; i < 5 && !quiet; i++) quiet = (await getSnapshotId()) === (await getSnapshotId());
    assert.ok(quiet, "two reads in a row saw the same snapshot");
    const before = await getSnapshotId();
    await getPrisma().$executeRaw`UPDATE outlet SET name = name WHERE name = 'Outlet One'`;
    assert.notEqual(await getSnapshotId(), before);
  });

  test("an ingest shows in the next read of a view read before it", async () => {
    const outlets = async () => (await getFramingByOutlet({})).map((r) => r.outlet);
    assert.deepEqual(await outlets(), ["Outlet One"]);
    assert.deepEqual(await outlets(), ["Outlet One"]);
    assert.equal((await ingestArticleStream([article("Outlet Two", 2)], testModel())).failed, 0);
    assert.deepEqual((await outlets()).sort(), ["Outlet One", "Outlet Two"]);
  });
});
