// The bulk path (a stream of articles, written in batched transactions) keeps the rules of a single ingest:
// everything stored once with its statistics, a rerun changes nothing, and a bad article fails alone.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import { ingestArticleStream, type StreamOutcome, type StreamedArticle } from "../../lib/pipeline/ingestArticleStream";
import { rebuildStats } from "../../lib/queries/stats/rebuildStats";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";
import { emptyDatabase, statsSnapshot, tableCounts, testModel } from "../support/db";

const corpus = [...generateCorpus({ passages: 1_500, seed: 5 })];
const stream = (articles = corpus): StreamedArticle[] =>
  articles.map((a) => ({ label: a.file, parse: () => parsePlainTextArticle(a.text, a.meta, a.file) }));

async function ingest(articles: StreamedArticle[]) {
  const outcomes: StreamOutcome[] = [];
  // small batches, so that this corpus makes several of them, two in flight
  const totals = await ingestArticleStream(articles, testModel(), { batchPassages: 200, onOutcome: (o) => outcomes.push(o) });
  return { totals, outcomes };
}

describe("bulk ingestion in batches", () => {
  before(emptyDatabase);
  after(disconnect);

  test("every article is stored once, with statistics equal to a recount", async () => {
    const { totals, outcomes } = await ingest(stream());
    assert.equal(totals.added, corpus.length);
    assert.equal(totals.failed, 0);
    assert.equal(new Set(outcomes.map((o) => o.label)).size, corpus.length, "one outcome per article");
    const counts = await tableCounts();
    assert.equal(counts.articles, corpus.length);
    assert.equal(counts.passages, totals.passages);
    assert.equal(counts.terms, totals.passages, "one term vector per passage");
    const incremental = await statsSnapshot();
    await rebuildStats();
    assert.deepEqual(incremental, await statsSnapshot());
  });

  test("streaming the same articles again stores nothing and changes no statistic", async () => {
    const [counts, stats] = [await tableCounts(), await statsSnapshot()];
    const { totals } = await ingest(stream());
    assert.deepEqual(totals, { added: 0, unchanged: corpus.length, failed: 0, passages: 0 });
    assert.deepEqual(await tableCounts(), counts);
    assert.deepEqual(await statsSnapshot(), stats);
  });

  test("a copy of an article in the same batch is stored once and reported unchanged with its passages", async () => {
    await emptyDatabase();
    const [first, second] = generateCorpus({ passages: 100, seed: 7 });
    const { totals, outcomes } = await ingest(stream([first, { ...first, file: "copy.txt" }, second]));
    assert.deepEqual(outcomes.map((o) => [o.label, o.status]), [[first.file, "added"], ["copy.txt", "unchanged"], [second.file, "added"]]);
    const [original, copy] = outcomes;
    assert.ok(original.status === "added" && copy.status === "unchanged" && copy.passages === original.passages && copy.passages > 0);
    assert.equal(totals.added, 2);
    assert.equal((await tableCounts()).passages, totals.passages);
  });

  test("a bad article fails alone: the rest of its batch is stored, and a copy of a stored one is not stored again", async () => {
    await emptyDatabase();
    const [first, second, third] = generateCorpus({ passages: 400, seed: 6 });
    const bad = { ...second, file: "bad.txt", meta: { ...second.meta, title: "a title PostgreSQL refuses \u0000" } };
    const copy = { ...first, file: "copy.txt" };
    const { totals, outcomes } = await ingest(stream([first, bad, copy, third]));
    assert.deepEqual(outcomes.map((o) => [o.label, o.status]).sort(), [[first.file, "added"], ["bad.txt", "failed"], ["copy.txt", "unchanged"], [third.file, "added"]].sort());
    assert.equal(totals.failed, 1);
    assert.equal((await tableCounts()).articles, 2);
    const stored = await getPrisma().article.findMany({ select: { title: true }, orderBy: { id: "asc" } });
    assert.deepEqual(stored.map((a) => a.title).sort(), [first.meta.title, third.meta.title].sort());
    const incremental = await statsSnapshot();
    await rebuildStats();
    assert.deepEqual(incremental, await statsSnapshot());
  });
});
