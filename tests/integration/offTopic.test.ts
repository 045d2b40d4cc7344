// Off-topic articles caught at the door (docs/decisions/013-off-topic-articles.md): the demo corpus ingested into
// the default collection, then the project-written off-topic fixtures into it. Each fixture is flagged with the
// verdict's message, the demo's articles are not once the collection can calibrate (8+ articles), offtopic=hide
// leaves out exactly the flagged articles' passages, and the stored profile equals the one its members make
// from scratch after ingests, moves and deletions.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { profileOf } from "../../lib/analysis/offTopicProfile";
import { disconnect, getPrisma } from "../../lib/db";
import { collectInputFiles } from "../../lib/ingest/sources";
import { type FileOutcome, ingestInputs } from "../../lib/pipeline/ingestInputs";
import { readProfile, storedArticleWords } from "../../lib/queries/offTopic";
import { deleteArticles, deleteCollection, moveArticles } from "../../lib/queries/writes";
import { toRecord } from "../../lib/viewParams";
import { passagesView } from "../../lib/views";
import { emptyDatabase, testModel } from "../support/db";

const DEMO = collectInputFiles(["data/demo"]).files.sort();
const FIXTURES = collectInputFiles(["tests/fixtures/off-topic"]).files.sort();

async function ingest(files: string[]): Promise<Extract<FileOutcome, { status: "added" | "unchanged" }>[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(...(await ingestInputs([file], testModel())).outcomes);
  for (const o of outcomes) assert.notEqual(o.status, "failed", JSON.stringify(o));
  return outcomes as Extract<FileOutcome, { status: "added" | "unchanged" }>[];
}

const flagged = async (collection = "xinjiang") => (await getPrisma().$queryRaw<{ article_id: number }[]>`
  SELECT ac.article_id FROM article_collection ac JOIN collection c ON c.id = ac.collection_id
  WHERE c.name = ${collection} AND ac.off_topic ORDER BY 1`).map((r) => r.article_id);

async function passages(query: string) {
  const parsed = passagesView.parse(toRecord(new URLSearchParams(query)));
  assert.ok(parsed.ok, query);
  return passagesView.load(parsed.value);
}

/** Every collection's stored profile against the profile its members' stored words make from scratch. */
async function assertProfilesExact(): Promise<void> {
  const collections = await getPrisma().collection.findMany({ select: { id: true, name: true } });
  await getPrisma().$transaction(async (tx) => {
    for (const { id, name } of collections) {
      const members = (await tx.articleCollection.findMany({ where: { collectionId: id }, select: { articleId: true } })).map((m) => m.articleId);
      const expected = profileOf([...(await storedArticleWords(tx, members)).values()]);
      const stored = await readProfile(tx, id);
      assert.equal(stored.articles, expected.articles, name);
      assert.deepEqual(stored.documentFrequency, expected.documentFrequency, name);
      assert.equal(stored.unitWeightSum.size, expected.unitWeightSum.size, name);
      for (const [term, weight] of expected.unitWeightSum) {
        assert.ok(Math.abs(stored.unitWeightSum.get(term)! - weight) < 1e-9, `${name} ${term}: ${stored.unitWeightSum.get(term)} vs ${weight}`);
      }
    }
  });
}

describe("off-topic articles", () => {
  let demo: Awaited<ReturnType<typeof ingest>> = [];
  let fixtures: Awaited<ReturnType<typeof ingest>> = [];
  before(async () => {
    await emptyDatabase();
    demo = await ingest(DEMO);
    fixtures = await ingest(FIXTURES);
  });
  after(disconnect);

  test("each off-topic fixture is added, with the verdict's message as its note", () => {
    assert.equal(fixtures.length, FIXTURES.length);
    for (const o of fixtures) {
      assert.equal(o.status, "added");
      assert.match(o.note ?? "", /^added, but looks off-topic for 'xinjiang': 0\.\d\d similarity; the collection's articles are 0\.\d\d–0\.\d\d$/, o.file);
    }
  });

  test("the demo's articles are not flagged once the collection has 8 articles to calibrate on", async () => {
    assert.equal(demo.length, 22);
    const flaggedIds = await flagged();
    const late = demo.slice(8);
    for (const o of late) {
      assert.ok(!flaggedIds.includes(o.articleId), `${o.file}: ${o.note}`);
      assert.doesNotMatch(o.note ?? "", /off-topic/, o.file);
    }
    assert.deepEqual(flaggedIds.filter((id) => demo.some((o) => o.articleId === id) && !late.some((o) => o.articleId === id)), [], "none of the first 8 either, at the floor");
    assert.deepEqual(flaggedIds, fixtures.map((o) => o.articleId).sort((a, b) => a - b));
    const [{ similarities }] = await getPrisma().$queryRaw<{ similarities: number }[]>`SELECT COUNT(similarity)::int AS similarities FROM article_collection`;
    assert.equal(similarities, 22 + 5 - 1, "every article scored but the first, which had nothing to compare with");
  });

  test("offtopic=hide leaves out exactly the flagged articles' passages, and the list marks them otherwise", async () => {
    const all = await passages("pageSize=500");
    const hidden = await passages("pageSize=500&offtopic=hide");
    const fixturePassages = fixtures.reduce((sum, o) => sum + o.passages, 0);
    assert.ok(fixturePassages > 0);
    assert.equal(hidden.total, all.total - fixturePassages);
    assert.equal(hidden.rows.length, hidden.total);
    const fixtureIds = new Set(fixtures.map((o) => o.articleId));
    assert.ok(hidden.rows.every((r) => !fixtureIds.has(r.articleId) && !r.offTopic));
    assert.deepEqual(all.rows.filter((r) => r.offTopic).map((r) => r.articleId).sort(), all.rows.filter((r) => fixtureIds.has(r.articleId)).map((r) => r.articleId).sort());
    const parsed = passagesView.parse(toRecord(new URLSearchParams("offtopic=show")));
    assert.ok(!parsed.ok && /offtopic/.test(parsed.error));
  });

  test("the stored profile equals the members' profile after ingests, moves and deletions", async () => {
    await assertProfilesExact();
    const ids = demo.map((o) => o.articleId);
    // a collection is created by an ingest or a rename, never by a move
    await getPrisma().collection.create({ data: { name: "offtopic-second" } });
    await moveArticles(ids.slice(0, 6), { add: "offtopic-second" });
    await moveArticles([fixtures[0].articleId], { add: "offtopic-second" });
    await assertProfilesExact();
    await moveArticles(ids.slice(2, 4), { remove: "xinjiang" });
    await assertProfilesExact();
    await deleteArticles([ids[0], ids[10], fixtures[1].articleId]);
    await assertProfilesExact();
    // moving an article back judges it again against the collection without it
    await moveArticles(ids.slice(2, 4), { add: "xinjiang" });
    const [{ similarity }] = await getPrisma().$queryRaw<{ similarity: number }[]>`
      SELECT similarity FROM article_collection ac JOIN collection c ON c.id = ac.collection_id WHERE c.name = 'xinjiang' AND ac.article_id = ${ids[2]}`;
    assert.ok(similarity > 0.2, String(similarity));
    await assertProfilesExact();
    await deleteCollection("offtopic-second");
    await assertProfilesExact();
    assert.equal(await getPrisma().collectionProfile.count({ where: { collection: { name: "offtopic-second" } } }), 0);
  });
});
