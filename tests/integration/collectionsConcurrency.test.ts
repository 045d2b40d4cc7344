// An article joining a collection while a reviewer relabels one of its passages: whichever commits first, the
// statistics equal a rebuild afterwards (the join counts the labels the relabel left, or the relabel counts the
// article in the collection it joined).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { countTerms } from "../../lib/analysis/terms";
import { disconnect, getPrisma } from "../../lib/db";
import { joinPassages } from "../../lib/ingest/buildArticle";
import { rebuildStats } from "../../lib/queries/stats/rebuildStats";
import { applyArticleStats } from "../../lib/queries/stats/applyArticleStats";
import { collectionIdFor, joinCollection, moveArticles } from "../../lib/queries/writes/collections";
import { saveArticle } from "../../lib/queries/writes/saveArticle";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { emptyDatabase, statsSnapshot } from "../support/db";

let articleId = 0;
let passageId = 0;

before(async () => {
  process.env.RESPONSE_CACHE = "off";
  await emptyDatabase();
  const texts = ["Officials said the centres teach vocational skills.", "A former detainee said the guards shouted at night."];
  const { cleanedText, passages } = joinPassages(texts);
  await saveArticle({
    title: "Joined while relabelled", byline: null, outlet: "Daily Lantern", url: "https://example.org/race", urlKey: "example.org/race",
    publishedAt: "2020-01-10", language: "en", contentHash: "collections-race", sourceFile: null, cleanedText, modelVersion: null,
    passages: passages.map((p, i) => ({ ...p, framing: i ? "testimony" : "official", confidence: 0.9, terms: countTerms(p.text) })),
  });
  articleId = (await getPrisma().article.findUniqueOrThrow({ where: { contentHash: "collections-race" } })).id;
  passageId = (await getPrisma().passage.findFirstOrThrow({ where: { articleId, position: 0 } })).id;
  await getPrisma().$executeRaw`INSERT INTO collection (name) VALUES ('first'), ('second')`;
});
after(async () => {
  delete process.env.RESPONSE_CACHE;
  await disconnect();
});

/** A promise and the function that settles it: a transaction held open until the test lets it go. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => { open = resolve; });
  return { opened, open };
}
const settledWithin = (p: Promise<unknown>, ms: number) =>
  Promise.race([p.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

async function assertEqualsRebuild(step: string) {
  const written = await statsSnapshot();
  await rebuildStats();
  assert.deepEqual(await statsSnapshot(), written, step);
}

test("a relabel holding the article: the join waits, then counts the new label", async () => {
  const held = gate();
  let relabelled = () => {};
  const inside = new Promise<void>((resolve) => { relabelled = resolve; });
  // a relabel as setHumanLabel makes it, kept open after its work
  const relabel = getPrisma().$transaction(async (tx) => {
    await applyArticleStats(tx, [articleId], -1);
    await tx.passage.update({ where: { id: passageId }, data: { framing: "critical", labelSource: "human", confidence: 1 } });
    await applyArticleStats(tx, [articleId], 1);
    relabelled();
    await held.opened;
  }, { timeout: 60_000 });
  await inside;
  const join = moveArticles([articleId], { add: "first" });
  assert.equal(await settledWithin(join, 500), false, "the join waits for the relabel");
  held.open();
  await relabel;
  assert.deepEqual((await join).added, [articleId]);
  await assertEqualsRebuild("join after relabel");
});

test("a join holding the article: the relabel waits, then counts the article in the collection it joined", async () => {
  const held = gate();
  let joined = () => {};
  const inside = new Promise<void>((resolve) => { joined = resolve; });
  const join = getPrisma().$transaction(async (tx) => {
    const { id } = await collectionIdFor(tx, "second");
    await joinCollection(tx, [articleId], id);
    joined();
    await held.opened;
  }, { timeout: 60_000 });
  await inside;
  const relabel = setHumanLabel(passageId, "official");
  assert.equal(await settledWithin(relabel, 500), false, "the relabel waits for the join");
  held.open();
  await join;
  assert.equal((await relabel)?.framing, "official");
  await assertEqualsRebuild("relabel after join");
});
