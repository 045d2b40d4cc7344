// Collections changed while other writers work: an article joining a collection while a reviewer relabels one of
// its passages (whichever commits first, the statistics equal a rebuild afterwards: the join counts the labels the
// relabel left, or the relabel counts the article in the collection it joined), and a collection deleted while an
// article leaves its other collection (deleted with it, never left in no collection).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { countTerms } from "../../lib/analysis/terms";
import { disconnect, getPrisma } from "../../lib/db";
import { joinPassages } from "../../lib/ingest/buildArticle";
import { rebuildStats } from "../../lib/queries/stats/rebuildStats";
import { applyArticleStats } from "../../lib/queries/stats/applyArticleStats";
import { collectionIdFor, deleteCollection, joinCollection, leaveCollection, moveArticles } from "../../lib/queries/writes/collections";
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

test("a collection deleted while an article leaves its other collection: the article goes with it, none is left in no collection", async () => {
  await getPrisma().$executeRaw`INSERT INTO collection (name) VALUES ('doomed')`;
  await moveArticles([articleId], { add: "doomed" });
  // a second article in the doomed collection and another; it leaves the other while the delete starts
  const { cleanedText, passages } = joinPassages(["Rights groups said the camps hold people without charge."]);
  await saveArticle({
    title: "Left late", byline: null, outlet: "River Post", url: "https://example.org/late", urlKey: "example.org/late",
    publishedAt: "2020-02-11", language: "en", contentHash: "collections-late", sourceFile: null, cleanedText, modelVersion: null,
    collection: "second", passages: passages.map((p) => ({ ...p, framing: "critical", confidence: 0.9, terms: countTerms(p.text) })),
  });
  const late = (await getPrisma().article.findUniqueOrThrow({ where: { contentHash: "collections-late" } })).id;
  await moveArticles([late], { add: "doomed" });
  const held = gate();
  let left = () => {};
  const inside = new Promise<void>((resolve) => { left = resolve; });
  const leave = getPrisma().$transaction(async (tx) => {
    const second = await collectionIdFor(tx, "second");
    await leaveCollection(tx, [late], second.id);
    left();
    await held.opened;
  }, { timeout: 60_000 });
  await inside;
  // the delete reads the late article as held elsewhere too (the leave has not committed)
  const deletion = deleteCollection("doomed");
  assert.equal(await settledWithin(deletion, 500), false, "the delete waits for the leave");
  held.open();
  await leave;
  const { articlesDeleted, articlesKept } = await deletion;
  assert.deepEqual({ articlesDeleted, articlesKept }, { articlesDeleted: 1, articlesKept: 1 }, "the late article deleted, the first kept in its other collections");
  const orphans = await getPrisma().$queryRaw<{ id: number }[]>`SELECT id FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_collection m WHERE m.article_id = a.id)`;
  assert.deepEqual(orphans, []);
  assert.equal(await getPrisma().article.count({ where: { id: late } }), 0);
  await assertEqualsRebuild("after the collection's delete");
});
