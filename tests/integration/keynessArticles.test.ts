// Keyness's article counts are the articles that use a term in the side, each counted once however many of
// the side's framings it uses the term in: from the statistics in SQL and from the cube, for sides of one, two
// and three framings, equal to COUNT(DISTINCT article_id) over the passages, after an ingest, a reviewer's
// relabels and a second ingest into the same outlets and months.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { disconnect, getPrisma, Prisma } from "../../lib/db";
import { getKeyness, type KeynessResult } from "../../lib/queries/reads/keyness/getKeyness";
import { passageFilter } from "../../lib/queries/sql/passageFilter";
import { saveArticle } from "../../lib/queries/writes/saveArticle";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { joinPassages } from "../../lib/ingest/buildArticle";
import { countTerms, termKey } from "../../lib/analysis/terms";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";
import type { FramingLabel } from "../../lib/classify/labels";
import type { Filters } from "../../lib/schema";
import { emptyDatabase } from "../support/db";
import { cubeReady, ingestArticles, withCube } from "../support/statsCube";

const outlet = (n: number) => `Synthetic Outlet 0${n}`;
/** Sides the statistics answer; a search side is counted from its passages and checked on its other side only. */
const CASES: [string, Partial<Filters>, Partial<Filters>][] = [
  ["two framings against the third", { framing: ["official", "critical"] }, { framing: ["testimony"] }],
  ["two framings of an outlet against two others", { framing: ["critical", "testimony"], outlet: [outlet(1)] }, { framing: ["testimony", "official"] }],
  ["every framing over months against one", { from: "2019-01", to: "2021-12" }, { framing: ["critical"] }],
  ["all three framings named against two", { framing: ["official", "critical", "testimony"], outlet: [outlet(2), outlet(3)] }, { framing: ["official", "critical"] }],
  ["a search against two framings", { q: "loka" }, { framing: ["official", "testimony"] }],
];
const OPTIONS = { limit: 5_000, minArticles: 1 };

/** Per stem, the articles with a passage in the side (no search) that uses it, counted from the passages. */
async function recount(side: Partial<Filters>): Promise<Map<string, number>> {
  const rows = await getPrisma().$queryRaw<{ stem: string; articles: number }[]>(Prisma.sql`
    SELECT d.stem, COUNT(DISTINCT p.article_id)::int AS articles
    FROM passage p JOIN passage_terms v ON v.passage_id = p.id CROSS JOIN LATERAL unnest(v.term_ids) AS u(term_id)
    JOIN term d ON d.id = u.term_id
    WHERE ${passageFilter({ ...side, search: null })} GROUP BY d.stem`);
  return new Map(rows.map((r) => [r.stem, r.articles]));
}

/** Per stem, the articles counted once per framing of the side they use it in: what adding framings' cells gives. */
async function perFramingSum(side: Partial<Filters>): Promise<Map<string, number>> {
  const rows = await getPrisma().$queryRaw<{ stem: string; articles: number }[]>(Prisma.sql`
    SELECT d.stem, COUNT(DISTINCT (p.article_id, p.framing))::int AS articles
    FROM passage p JOIN passage_terms v ON v.passage_id = p.id CROSS JOIN LATERAL unnest(v.term_ids) AS u(term_id)
    JOIN term d ON d.id = u.term_id
    WHERE ${passageFilter({ ...side, search: null })} GROUP BY d.stem`);
  return new Map(rows.map((r) => [r.stem, r.articles]));
}

/**
 * Every case's keyness from SQL, then from the cube once it is up to date, each row's articles checked against
 * the recount. Returns how many rows had an article using the term in two framings of a side.
 */
async function checkEveryCase(when: string): Promise<number> {
  const answers: { sql: KeynessResult; cube?: KeynessResult }[] = [];
  for (const [, a, b] of CASES) answers.push({ sql: await withCube(false, () => getKeyness(a, b, OPTIONS)) });
  await cubeReady();
  for (const [i, [, a, b]] of CASES.entries()) answers[i].cube = await withCube(true, () => getKeyness(a, b, OPTIONS));
  let spanning = 0;
  for (const [i, [name, a, b]] of CASES.entries()) {
    const sides = [a, b].map((side) => (side.q ? null : side));
    const [exact, summed] = [await Promise.all(sides.map((s) => s && recount(s))), await Promise.all(sides.map((s) => s && perFramingSum(s)))];
    for (const [store, result] of Object.entries(answers[i])) {
      const rows = [...result!.typicalOfA, ...result!.typicalOfB];
      assert.ok(rows.length > 50, `${when}, ${name}, ${store}: ${rows.length} rows`);
      for (const row of rows) {
        for (const [s, articles] of [row.articlesA, row.articlesB].entries()) {
          if (!exact[s]) continue;
          assert.equal(articles, exact[s].get(row.key) ?? 0, `${when}, ${name}, ${store}: articles of "${row.key}" in ${s ? "B" : "A"}`);
          if (store === "sql" && articles < (summed[s]!.get(row.key) ?? 0)) spanning++;
        }
      }
    }
  }
  return spanning;
}

/** An article of one passage per framing given, every passage using `text`. */
async function saveArticleIn(title: string, framings: FramingLabel[], text: string) {
  const { cleanedText, passages } = joinPassages(framings.map((f, i) => `${text} Passage ${i}, ${f}.`));
  return saveArticle({
    title, byline: null, outlet: outlet(1), url: null, publishedAt: "2020-05-10", language: "en", contentHash: title, sourceFile: null,
    cleanedText, modelVersion: null, passages: passages.map((p, i) => ({ ...p, framing: framings[i], confidence: 0.9, terms: countTerms(p.text) })),
  });
}

describe("keyness counts each article once per side", () => {
  before(async () => {
    process.env.RESPONSE_CACHE = "off";
    process.env.STATS_CUBE_SETTLE_MS = "0";
    await emptyDatabase();
    await ingestArticles([...generateCorpus({ passages: 1_500, seed: 11, outlets: 4, vocabulary: 400, passagesPerArticle: 20 })]);
  });
  after(async () => {
    delete process.env.RESPONSE_CACHE;
    delete process.env.STATS_CUBE_SETTLE_MS;
    await disconnect();
  });

  test("after an ingest, from SQL and from the cube, sides of two and three framings count an article once", async () => {
    assert.ok(await checkEveryCase("after ingest") > 20, "articles using a term in two framings of a side are among the rows");
  });

  test("an article using a term in an official and a critical passage counts once for the side of both", async () => {
    await saveArticleIn("Quarvex one", ["official", "critical"], "Quarvex quarvex inspections.");
    await saveArticleIn("Quarvex two", ["official", "critical"], "Quarvex quarvex inspections.");
    for (const on of [false, true]) {
      if (on) await cubeReady();
      const result = await withCube(on, () => getKeyness({ framing: ["official", "critical"] }, { framing: ["testimony"] }, OPTIONS));
      const row = result.typicalOfA.find((r) => r.key === termKey("quarvex"));
      assert.deepEqual(row && [row.a, row.docsA, row.articlesA], [8, 4, 2], on ? "from the cube" : "from SQL");
    }
  });

  test("after a reviewer's relabels: still exact", async () => {
    // passages moved to another framing, some of them into a framing their article already uses
    const moved = await getPrisma().passage.findMany({ orderBy: { id: "asc" }, take: 40, select: { id: true, framing: true } });
    const next: Record<FramingLabel, FramingLabel> = { official: "critical", critical: "testimony", testimony: "official" };
    for (const p of moved) await setHumanLabel(p.id, next[p.framing as FramingLabel]);
    assert.ok(await checkEveryCase("after relabels") > 20);
  });

  test("after a second ingest into the same outlets and months, and the first articles again: still exact", async () => {
    const first = [...generateCorpus({ passages: 200, seed: 11, outlets: 4, vocabulary: 400, passagesPerArticle: 20 })];
    await ingestArticles([...first, ...generateCorpus({ passages: 600, seed: 12, outlets: 4, vocabulary: 400, passagesPerArticle: 20 })]);
    assert.ok(await checkEveryCase("after a second ingest") > 20);
  });
});
