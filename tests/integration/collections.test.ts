// Collections keep their numbers apart, exactly: after ingests into two collections, an article put in both,
// moves, a relabel, a delete and a collection deleted, (1) the statistics tables equal a rebuild from the passages,
// (2) each collection's reads from the statistics and from the statistics cube equal the same reads counted from
// its passages, (3) each collection's passage counts equal those of the articles it holds, counted here from the
// input, and (4) each collection's word and passage statistics equal what a database holding only its articles makes.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { countTerms } from "../../lib/analysis/terms";
import type { FramingLabel } from "../../lib/classify/labels";
import { disconnect, getPrisma } from "../../lib/db";
import { joinPassages } from "../../lib/ingest/buildArticle";
import { getFramingByMonth } from "../../lib/queries/reads/getFramingByMonth";
import { getFramingByOutlet } from "../../lib/queries/reads/getFramingByOutlet";
import { getTopTerms } from "../../lib/queries/reads/getTopTerms";
import { getKeyness } from "../../lib/queries/reads/keyness/getKeyness";
import { listCollections } from "../../lib/queries/reads/listCollections";
import { currentStatsCube } from "../../lib/queries/stats/currentStatsCube";
import { getDataVersion } from "../../lib/queries/stats/getDataVersion";
import { loadStatsCube } from "../../lib/queries/stats/loadStatsCube";
import { rebuildStats } from "../../lib/queries/stats/rebuildStats";
import { CollectionError, deleteCollection, moveArticles, renameCollection } from "../../lib/queries/writes/collections";
import { deleteArticles } from "../../lib/queries/writes/deleteArticles";
import { type ArticleToSave, saveArticle, saveArticles } from "../../lib/queries/writes/saveArticle";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import type { Filters } from "../../lib/schema";
import { emptyDatabase, statsSnapshot } from "../support/db";
import { cubeContents, cubeReady, withCube } from "../support/statsCube";

type Paragraphs = [FramingLabel, string][];

function article(key: string, outlet: string, publishedAt: string, paragraphs: Paragraphs, collection?: string): ArticleToSave {
  const { cleanedText, passages } = joinPassages(paragraphs.map(([, text]) => text));
  return {
    title: `Article ${key}`, byline: null, outlet, url: `https://example.org/c/${key}`, urlKey: `example.org/c/${key}`, publishedAt,
    language: "en", contentHash: `collections-test-${key}`, sourceFile: null, cleanedText, modelVersion: null, collection,
    passages: passages.map((p, i) => ({ ...p, framing: paragraphs[i][0], confidence: 0.9, terms: countTerms(p.text) })),
  };
}

// Two subjects sharing some words (officials, villages, rights) and an outlet, so a leak between them shows.
const CAMPS: Record<string, Paragraphs> = {
  a: [["official", "Officials said the vocational centres teach skills and law."], ["testimony", "A former detainee said the camp guards shouted at night."]],
  b: [["critical", "Rights groups said the camps hold people without charge."], ["official", "The spokesman called the reports lies about training centres."]],
  c: [["testimony", "My brother was taken to the camp and the village went quiet."], ["critical", "Researchers found satellite images of new camp walls."]],
};
const DAM: Record<string, Paragraphs> = {
  d: [["official", "Officials said the dam will light two million homes."], ["testimony", "The village elder said the water came at night."]],
  e: [["critical", "Rights groups said the dam flooded farms without consultation."], ["testimony", "We lost the orchard, a farmer said."]],
};
const OUTLETS: Record<string, [string, string]> = {
  a: ["Daily Lantern", "2020-01-10"], b: ["River Post", "2020-02-11"], c: ["Daily Lantern", "2020-03-12"],
  d: ["Daily Lantern", "2021-01-05"], e: ["Valley Herald", "2021-02-06"],
};
const PARAGRAPHS = { ...CAMPS, ...DAM };
const make = (key: string, collection?: string) => article(key, OUTLETS[key][0], OUTLETS[key][1], PARAGRAPHS[key], collection);

const id = async (key: string) => (await getPrisma().article.findUniqueOrThrow({ where: { contentHash: `collections-test-${key}` } })).id;

/** What each collection holds, by article key. */
async function members(): Promise<Record<string, string[]>> {
  const rows = await getPrisma().$queryRaw<{ name: string; key: string }[]>`
    SELECT c.name, replace(a.content_hash, 'collections-test-', '') AS key
    FROM article_collection m JOIN collection c ON c.id = m.collection_id JOIN article a ON a.id = m.article_id ORDER BY 1, 2`;
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.name] ??= []).push(r.key);
  return out;
}

// a selection in whole months (the statistics) and in days (forced onto the passages)
const inDays = (f: Partial<Filters>): Partial<Filters> => ({ ...f, from: "1901-01-01", to: "2999-12-31" });
const inMonths = (f: Partial<Filters>): Partial<Filters> => ({ ...f, from: "1901-01", to: "2999-12" });

/** Every kind of read a view makes, for one collection, from the statistics and the cube against from the passages. */
async function assertReadsAgree(collection: string) {
  const f = { collection };
  const keynessShape = (r: Awaited<ReturnType<typeof getKeyness>>) => ({
    totals: r.totals, rows: [...r.typicalOfA, ...r.typicalOfB].map((t) => [t.key, t.a, t.b, t.docsA, t.docsB, t.articlesA, t.articlesB, t.z.toFixed(9)]),
  });
  const reads: Record<string, (g: Partial<Filters>) => Promise<unknown>> = {
    outlets: (g: Partial<Filters>) => getFramingByOutlet(g),
    months: (g: Partial<Filters>) => getFramingByMonth(g),
    top: (g: Partial<Filters>) => getTopTerms(g, 30),
    keyness: async (g: Partial<Filters>) => keynessShape(await getKeyness({ ...g, framing: ["official"] }, { ...g, framing: ["testimony", "critical"] }, { limit: 200, minArticles: 1 })),
  };
  for (const [name, read] of Object.entries(reads)) {
    const fromPassages = await read(inDays(f));
    assert.deepEqual(await withCube(false, () => read(inMonths(f))), fromPassages, `${collection}: ${name} from the statistics tables`);
    await cubeReady();
    assert.deepEqual(await withCube(true, () => read(inMonths(f))), fromPassages, `${collection}: ${name} from the cube`);
  }
}

/** Passages per collection from the reads, against the articles each holds, counted from the input here. */
async function assertPassageCounts() {
  const held = await members();
  for (const row of await listCollections()) {
    const expected = (held[row.name] ?? []).reduce((sum, key) => sum + PARAGRAPHS[key].length, 0);
    assert.equal(row.passages, expected, `${row.name}: passages of ${held[row.name]?.join(", ")}`);
    const byOutlet = await getFramingByOutlet({ collection: row.name });
    assert.equal(byOutlet.reduce((sum, r) => sum + r.total, 0), expected, `${row.name}: the overview counts its own articles only`);
  }
}

async function assertEqualsRebuild(step: string) {
  const before = await statsSnapshot();
  await rebuildStats();
  assert.deepEqual(await statsSnapshot(), before, `${step}: the statistics equal a rebuild`);
  // and the cube: refreshed after the write equals one loaded whole
  await cubeReady();
  assert.deepEqual(cubeContents((await withCube(true, currentStatsCube))!), cubeContents(await loadStatsCube()), `${step}: the cube`);
}

describe("collections", () => {
  before(async () => {
    process.env.RESPONSE_CACHE = "off";
    process.env.STATS_CUBE_SETTLE_MS = "0";
    await emptyDatabase();
  });
  after(async () => {
    delete process.env.RESPONSE_CACHE;
    delete process.env.STATS_CUBE_SETTLE_MS;
    await disconnect();
  });

  test("ingest into two collections; an article sent to a second collection joins it and is counted there", async () => {
    const camps = await saveArticles([make("a"), make("b"), make("c")]);
    assert.deepEqual(camps.map((r) => [r.status, r.collection]), [["added", "xinjiang"], ["added", "xinjiang"], ["added", "xinjiang"]]);
    const dam = await saveArticles([make("d", "sarn-dam"), make("e", "sarn-dam")]);
    assert.deepEqual(dam.map((r) => [r.status, r.collection, r.createdCollection ?? false]), [["added", "sarn-dam", true], ["added", "sarn-dam", false]]);
    const again = await saveArticle(make("c", "sarn-dam"));
    assert.deepEqual([again.status, again.collection, again.joinedCollection], ["unchanged", "sarn-dam", true]);
    const version = await getDataVersion();
    const once = await saveArticle(make("c", "sarn-dam"));
    assert.deepEqual([once.status, once.joinedCollection ?? false], ["unchanged", false], "a second time changes nothing");
    assert.equal(await getDataVersion(), version, "not even the data version");
    assert.deepEqual(await members(), { "sarn-dam": ["c", "d", "e"], xinjiang: ["a", "b", "c"] });
    await assertPassageCounts();
    await assertEqualsRebuild("after ingest");
    for (const name of ["xinjiang", "sarn-dam"]) await assertReadsAgree(name);
    // the default collection is what a selection naming none reads
    assert.deepEqual(await getFramingByOutlet({}), await getFramingByOutlet({ collection: "xinjiang" }));
    assert.deepEqual(await getFramingByOutlet({ collection: "no-such" }), [], "an unknown collection selects nothing");
  });

  test("moving articles in and out counts them like a relabel; a relabel counts in every collection holding the article", async () => {
    await moveArticles([await id("a")], { add: "sarn-dam" });
    await moveArticles([await id("c")], { remove: "xinjiang" });
    assert.deepEqual(await members(), { "sarn-dam": ["a", "c", "d", "e"], xinjiang: ["a", "b"] });
    await assertPassageCounts();
    await assertEqualsRebuild("after moves");
    const passage = await getPrisma().passage.findFirstOrThrow({ where: { article: { contentHash: "collections-test-a" }, position: 0 } });
    await setHumanLabel(passage.id, "critical");
    await assertEqualsRebuild("after a relabel of an article in both");
    for (const name of ["xinjiang", "sarn-dam"]) await assertReadsAgree(name);
  });

  test("deleting an article takes it out of every collection; renaming keeps the numbers", async () => {
    await deleteArticles([await id("a")]);
    assert.deepEqual(await members(), { "sarn-dam": ["c", "d", "e"], xinjiang: ["b"] });
    await assertPassageCounts();
    await assertEqualsRebuild("after a delete");
    const before = await getTopTerms({ collection: "sarn-dam" }, 30);
    await renameCollection("sarn-dam", "dam");
    assert.deepEqual(await getTopTerms({ collection: "dam" }, 30), before);
    assert.deepEqual(await getTopTerms({ collection: "sarn-dam" }, 30), [], "the old name selects nothing");
    for (const name of ["xinjiang", "dam"]) await assertReadsAgree(name);
  });

  test("each collection's word and passage statistics are what a database holding only its articles makes", async () => {
    // the shared words (officials, village, rights) must not leak: compare with the articles ingested alone
    const held = await members();
    const own = async () => (await statsSnapshot() as { t: string; collection: string }[]).filter((r) => r.t === "term" || r.t === "passage");
    const named = async (rows: { collection: string }[]) => {
      const outlets = new Map((await getPrisma().outlet.findMany()).map((o) => [o.id, o.name]));
      return rows.map(({ collection: _, ...r }) => JSON.stringify({ ...r, outlet_id: outlets.get((r as { outlet_id: number }).outlet_id) ?? 0 })).sort();
    };
    const stored = await own();
    const byCollection: Record<string, string[]> = {};
    for (const name of Object.keys(held)) byCollection[name] = await named(stored.filter((r) => r.collection === name));
    for (const [name, keys] of Object.entries(held)) {
      await emptyDatabase();
      await saveArticles(keys.map((k) => make(k)));
      await setHumanLabelsAsBefore();
      assert.deepEqual(await named(await own()), byCollection[name], `${name} alone`);
    }
  });

  test("a collection deleted takes the articles only it held; the default collection cannot be deleted", async () => {
    await emptyDatabase();
    await saveArticles([make("a"), make("b"), make("c", "dam"), make("d", "dam")]);
    await saveArticle(make("b", "dam"));
    await assert.rejects(deleteCollection("xinjiang"), /default collection/);
    const result = await deleteCollection("dam");
    assert.deepEqual(result, { name: "dam", articlesDeleted: 2, articlesKept: 1 });
    assert.deepEqual(await members(), { xinjiang: ["a", "b"] });
    assert.equal(await getPrisma().article.count(), 2);
    await assertPassageCounts();
    await assertEqualsRebuild("after a collection deleted");
    assert.equal(await getPrisma().$queryRaw<unknown[]>`SELECT 1 FROM passage_stat WHERE collection_id NOT IN (SELECT id FROM collection)`.then((r) => r.length), 0);
  });

  test("a collection that keeps receiving articles only it holds is not deleted: the error says to stop ingesting first", async () => {
    await emptyDatabase();
    const more = ["f", "g", "h", "i", "j", "k"].map((key, i) => article(key, "River Post", `2022-0${i + 1}-01`, DAM.d));
    await saveArticles([make("d", "dam"), ...more]);
    // each time articles are deleted, another one comes to be held by 'dam' alone, as a concurrent ingest into
    // it would do between deleteCollection's transactions
    await getPrisma().$executeRawUnsafe(`
      CREATE FUNCTION test_feed_dam() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        UPDATE article_collection SET collection_id = (SELECT id FROM collection WHERE name = 'dam')
        WHERE article_id = (SELECT min(article_id) FROM article_collection WHERE collection_id = (SELECT id FROM collection WHERE is_default));
        RETURN NULL; END $$`);
    await getPrisma().$executeRawUnsafe("CREATE TRIGGER test_feed_dam AFTER DELETE ON article FOR EACH STATEMENT EXECUTE FUNCTION test_feed_dam()");
    try {
      await assert.rejects(deleteCollection("dam"), (e: unknown) =>
        e instanceof CollectionError && e.kind === "busy" && /keeps receiving articles that no other collection holds: stop ingesting into it/.test(e.message));
      assert.ok((await listCollections()).some((c) => c.name === "dam"), "the collection is still there");
    } finally {
      await getPrisma().$executeRawUnsafe("DROP TRIGGER IF EXISTS test_feed_dam ON article");
      await getPrisma().$executeRawUnsafe("DROP FUNCTION IF EXISTS test_feed_dam()");
    }
    // five rounds: five articles deleted, and the sixth still held by 'dam' alone
    assert.equal(await getPrisma().article.count(), 2);
  });
});

/** The relabel of the moves test, made again in a database holding the article afresh. */
async function setHumanLabelsAsBefore() {
  const passage = await getPrisma().passage.findFirst({ where: { article: { contentHash: "collections-test-a" }, position: 0 } });
  if (passage) await setHumanLabel(passage.id, "critical");
}
