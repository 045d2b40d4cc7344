// A collection that is a smaller part of the passage table is read from its articles (lib/queries/plan/
// collectionReach.ts): the passage list's count, and the sample term lists of large selections are counted in
// (its articles, drawn by hash, rather than the table's pages). Both are checked here against recounts written
// independently: the passages of the collection's articles, and the drawn articles computed in JavaScript.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { countTerms } from "../../lib/analysis/terms";
import { disconnect, getPrisma, Prisma } from "../../lib/db";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import { ingestArticleStream } from "../../lib/pipeline/ingestArticleStream";
import { collectionReachOf, reachFor } from "../../lib/queries/plan/collectionReach";
import { getTermSample } from "../../lib/queries/plan/getTermSample";
import { getPassages } from "../../lib/queries/reads/getPassages";
import { getTopTermsAndSample } from "../../lib/queries/reads/getTopTerms";
import { getKeyness } from "../../lib/queries/reads/keyness/getKeyness";
import { vacuumTables } from "../../lib/queries/maintenance/vacuumTables";
import { emptyDatabase, testModel } from "../support/db";

const PART = "part";

/** The collection's passages matching q (and a framing), counted from its articles' passages. */
async function recount(q: string, framing: string | null, collection: string) {
  const [{ n }] = await getPrisma().$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT COUNT(*)::int AS n FROM passage p
    WHERE p.article_id IN (SELECT ac.article_id FROM article_collection ac JOIN collection c ON c.id = ac.collection_id WHERE c.name = ${collection})
      AND p.text ILIKE ${`%${q}%`} ${framing ? Prisma.sql`AND p.framing::text = ${framing}` : Prisma.empty}`);
  return n;
}

/** The articles of the collection a sample of `percent` draws, by the multiplicative hash written out here. */
async function drawnArticles(collection: string, percent: number): Promise<Set<number>> {
  const rows = await getPrisma().$queryRaw<{ id: number }[]>`
    SELECT ac.article_id AS id FROM article_collection ac JOIN collection c ON c.id = ac.collection_id WHERE c.name = ${collection}`;
  const below = BigInt(Math.round((percent / 100) * 2 ** 32));
  return new Set(rows.map((r) => r.id).filter((id) => (BigInt(id) * 2654435761n) % 4294967296n < below));
}

describe("a collection that is part of the table, read from its articles", () => {
  before(async () => {
    Object.assign(process.env, { RESPONSE_CACHE: "off", TERM_SAMPLE_ABOVE: "150", TERM_SAMPLE_PASSAGES: "100" });
    await emptyDatabase();
    // 100 articles of 20 passages: every fourth in "part", the others in the default collection
    const articles = [...generateCorpus({ passages: 2_000, seed: 12, outlets: 4, vocabulary: 500, passagesPerArticle: 20 })];
    const stream = articles.map((a, i) => ({ label: a.file, parse: () => parsePlainTextArticle(a.text, a.meta, a.file), collection: i % 4 === 0 ? PART : undefined }));
    assert.equal((await ingestArticleStream(stream, testModel())).failed, 0);
    await vacuumTables(); // the planner's row count, as after an import
  });
  after(async () => {
    for (const name of ["RESPONSE_CACHE", "TERM_SAMPLE_ABOVE", "TERM_SAMPLE_PASSAGES"]) delete process.env[name];
    await disconnect();
  });

  test("a quarter of the table is reached from its articles, three quarters through the table", async () => {
    assert.equal(await collectionReachOf({ collection: PART }), "articles");
    assert.equal(await collectionReachOf({}), "table");
    assert.equal(reachFor(0, 0), "table", "an empty database");
    assert.equal(reachFor(500, 1_000), "articles");
    assert.equal(reachFor(501, 1_000), "table");
  });

  test("the passage list's count from the articles equals a recount, exactly and when it stops early", async () => {
    const exact = await recount("kalo", "testimony", PART);
    assert.ok(exact > 30, `${exact} matches`);
    const whole = await getPassages({ q: "kalo", framing: ["testimony"], collection: PART }, 1, 25, { countedUpTo: 10_000 });
    assert.deepEqual([whole.total, whole.totalAtLeast], [exact, false]);
    assert.equal(whole.rows.length, 25);
    const stopped = await getPassages({ q: "kalo", framing: ["testimony"], collection: PART }, 1, 25, { countedUpTo: 30 });
    assert.deepEqual([stopped.total, stopped.totalAtLeast], [30, true]);
    // no passage of another collection's articles among the rows
    const inPart = await getPrisma().$queryRaw<{ id: number }[]>`
      SELECT p.id FROM passage p JOIN article_collection ac ON ac.article_id = p.article_id JOIN collection c ON c.id = ac.collection_id WHERE c.name = ${PART}`;
    const ids = new Set(inPart.map((r) => r.id));
    for (const row of whole.rows) assert.ok(ids.has(row.id), `passage ${row.id} is in ${PART}`);
    // the default collection, read through the table, counts its own
    const rest = await getPassages({ q: "kalo", framing: ["testimony"] }, 1, 25, { countedUpTo: 10_000 });
    assert.equal(rest.total, await recount("kalo", "testimony", "xinjiang"));
  });

  test("a large search in the part is sampled by its articles: top terms and keyness count the drawn articles' passages", async () => {
    const sample = await getTermSample({ q: "kalo", collection: PART });
    assert.ok(sample && sample.of === "articles" && sample.percent < 100, JSON.stringify(sample));
    const drawn = await drawnArticles(PART, sample.percent);
    assert.ok(drawn.size > 0 && drawn.size < 25, `${drawn.size} of 25 articles drawn`);
    const passages = await getPrisma().$queryRaw<{ framing: string; text: string; articleId: number }[]>(Prisma.sql`
      SELECT p.framing::text AS framing, p.text, p.article_id AS "articleId" FROM passage p WHERE p.text ILIKE '%kalo%'`);
    const sampled = passages.filter((p) => drawn.has(p.articleId));
    const expected = new Map<string, Map<string, number>>();
    for (const p of sampled) {
      const counts = expected.get(p.framing) ?? new Map<string, number>();
      for (const t of countTerms(p.text)) if (t.n === 1) counts.set(t.stem, (counts.get(t.stem) ?? 0) + t.count);
      expected.set(p.framing, counts);
    }
    const { topTerms, sample: said } = await getTopTermsAndSample({ q: "kalo", collection: PART });
    assert.deepEqual(said, sample);
    assert.ok(topTerms.length > 0);
    for (const row of topTerms) assert.equal(row.count, expected.get(row.framing)?.get(row.stem), `${row.framing} ${row.stem}`);

    const keyness = await getKeyness({ q: "kalo", collection: PART }, { framing: ["official"], collection: PART });
    assert.deepEqual(keyness.sample, sample);
    assert.equal(keyness.totals.passagesA, sampled.length);
    // the default collection is most of the table: sampled by pages, as before
    const table = await getTermSample({ q: "kalo" });
    assert.equal(table?.of, "pages");
  });
});
