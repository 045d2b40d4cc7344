// Keyness and term timelines read from the precomputed statistics give the same answers as counted from the
// passages, on the demo corpus ingested through the real pipeline, and stay right after a reviewer relabels.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { collectInputFiles } from "../../lib/ingest/sources";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { getKeyness } from "../../lib/queries/reads/keyness/getKeyness";
import { getPassages } from "../../lib/queries/reads/getPassages";
import { getTopTerms } from "../../lib/queries/reads/getTopTerms";
import { getTermTimeline } from "../../lib/queries/reads/getTermTimeline";
import { rebuildStats } from "../../lib/queries/stats/rebuildStats";
import { saveArticle } from "../../lib/queries/writes/saveArticle";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { countTerms, termKey } from "../../lib/analysis/terms";
import { keyness, type TermCounts } from "../../lib/analysis/keyness";
import { passageSelectionTotals, passageTermCounts } from "../../lib/queries/reads/keyness/termCountsFromPassages";
import type { PlannedFilters } from "../../lib/queries/sql/passageFilter";
import { joinPassages } from "../../lib/ingest/buildArticle";
import type { Filters } from "../../lib/schema";
import { emptyDatabase, testModel } from "../support/db";

/** A selection as the planner hands it to the SQL: both ways of matching a search are exact, trigrams need no lookup. */
const planned = (f: Partial<Filters>): PlannedFilters => ({ ...f, search: f.q ? "trigrams" : null });

// The same selection in whole months (answered by the statistics) and in days (forced onto the passages).
const inDays = (f: Partial<Filters>): Partial<Filters> => ({ ...f, from: "1901-01-01", to: "2999-12-31" });
const inMonths = (f: Partial<Filters>): Partial<Filters> => ({ ...f, from: "1901-01", to: "2999-12" });

async function bothWays(a: Partial<Filters>, b: Partial<Filters>) {
  const options = { limit: 500, minArticles: 1 };
  const [stats, allTime, passages] = await Promise.all([
    getKeyness(inMonths(a), inMonths(b), options), getKeyness(a, b, options), getKeyness(inDays(a), inDays(b), options),
  ]);
  const shape = (r: Awaited<ReturnType<typeof getKeyness>>) => ({
    totals: r.totals,
    rows: [...r.typicalOfA, ...r.typicalOfB].map((t) => [t.key, t.n, t.a, t.b, t.docsA, t.docsB, t.articlesA, t.articlesB, t.z.toFixed(9)]),
  });
  // month rows and all-time rows are different grains of the same counts (every demo article is dated)
  assert.deepEqual(shape(allTime), shape(stats), "all-time and month grains agree");
  return { stats: shape(stats), passages: shape(passages), named: stats.typicalOfA.concat(stats.typicalOfB) };
}

describe("keyness and term timelines from the precomputed statistics", () => {
  before(async () => {
    await emptyDatabase();
    await ingestInputs(collectInputFiles(["data/demo"]).files, testModel());
    assert.equal(await getPrisma().passage.count({ where: { publishedAt: null } }), 0, "every demo passage is dated");
  });
  after(disconnect);

  test("framing against framing: the same terms, counts, articles and scores as from the passages", async () => {
    const { stats, passages, named } = await bothWays({ framing: ["testimony"] }, { framing: ["official"] });
    assert.ok(stats.rows.length > 20, `only ${stats.rows.length} key terms`);
    assert.deepEqual(stats, passages);
    assert.ok(named.some((t) => t.n > 1), "phrases are among the key terms");
    assert.ok(named.every((t) => t.term && !/\s{2}/.test(t.term)), "every term is named by a surface form");
  });

  test("outlet against outlet over all framings: the same terms, counts and scores", async () => {
    const outlets = (await getPrisma().outlet.findMany({ orderBy: { name: "asc" } })).map((o) => o.name);
    const { stats, passages } = await bothWays({ outlet: [outlets[0]] }, { outlet: outlets.slice(1) });
    const withoutArticles = (s: typeof stats) => s.rows.map((r) => [...r.slice(0, 6), r[8]]);
    assert.deepEqual(stats.totals, passages.totals);
    assert.deepEqual(withoutArticles(stats), withoutArticles(passages));
  });

  test("a word's and a phrase's timeline, per framing and month, with and without filters", async () => {
    const outlets = (await getPrisma().outlet.findMany({ orderBy: { name: "asc" } })).map((o) => o.name);
    for (const phrase of ["camps", "re-education camps", "vocational"]) {
      for (const f of [{}, { framing: ["critical" as const] }, { outlet: outlets.slice(0, 3) }]) {
        const term = termKey(phrase);
        const fromPassages = await getTermTimeline({ ...inDays(f), term });
        const fromStats = await getTermTimeline({ ...f, term });
        assert.ok(fromPassages.some((m) => m.occurrences > 0) || phrase === "vocational", `"${phrase}" occurs`);
        assert.deepEqual(fromStats, fromPassages, `"${phrase}" with ${JSON.stringify(f)}`);
      }
    }
  });

  test("top terms per framing: all-time rows, month rows and the passages agree, with and without filters", async () => {
    const outlets = (await getPrisma().outlet.findMany({ orderBy: { name: "asc" } })).map((o) => o.name);
    for (const f of [{}, { framing: ["testimony" as const, "official" as const] }, { outlet: outlets.slice(0, 2) }]) {
      const fromPassages = await getTopTerms(inDays(f), 10);
      assert.equal(fromPassages.length, (f.framing?.length ?? 3) * 10);
      // both ways name a stem by its commonest form in the corpus
      const keys = (rows: typeof fromPassages) => rows.map((r) => [r.framing, r.stem, r.term, r.count, r.passages]);
      assert.deepEqual(keys(await getTopTerms(f, 10)), keys(fromPassages), JSON.stringify(f));
      assert.deepEqual(keys(await getTopTerms(inMonths(f), 10)), keys(fromPassages), JSON.stringify(f));
    }
  });

  test("top terms over part of the corpus's months: the same as counted from the passages, however many are asked for", async () => {
    const [{ first, last }] = await getPrisma().$queryRaw<{ first: string; last: string }[]>`
      SELECT to_char(MIN(published_at), 'YYYY-MM') AS first, to_char(MAX(published_at), 'YYYY-MM') AS last FROM passage`;
    assert.notEqual(first, last, "the demo spans several months");
    const keys = (rows: Awaited<ReturnType<typeof getTopTerms>>) => rows.map((r) => [r.framing, r.stem, r.term, r.count, r.passages]);
    // from the second month on, and up to the month before the last: neither end is all-time
    const next = (m: string) => { const d = new Date(`${m}-01T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() + 1); return d.toISOString().slice(0, 7); };
    const before = (m: string) => { const d = new Date(`${m}-01T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() - 1); return d.toISOString().slice(0, 7); };
    const outlets = (await getPrisma().outlet.findMany({ orderBy: { name: "asc" } })).map((o) => o.name);
    for (const f of [{ from: next(first) }, { to: before(last) }, { from: next(first), to: before(last), outlet: outlets.slice(0, 2) }]) {
      // 10 settles among the first candidates; 1,000 makes the candidates grow until all are taken
      for (const perFraming of [10, 1000]) {
        const lastDay = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);
        const fromPassages = await getTopTerms({ ...f, from: f.from && `${f.from}-01`, to: f.to && lastDay(f.to) }, perFraming);
        assert.ok(fromPassages.length >= 30, `${fromPassages.length} rows for ${JSON.stringify(f)}`);
        assert.deepEqual(keys(await getTopTerms(f, perFraming)), keys(fromPassages), `${JSON.stringify(f)}, top ${perFraming}`);
      }
    }
  });

  test("the database ranks as lib/analysis/keyness does: every term scored in JavaScript gives the same top rows", async () => {
    const [a, b] = [inDays({ framing: ["testimony"] }), inDays({ framing: ["critical", "official"] })];
    const limit = 25;
    const minArticles = 2;
    const totals = await passageSelectionTotals(planned(a), planned(b));
    const all = keyness(await getPrisma().$queryRaw<TermCounts[]>(passageTermCounts(planned(a), planned(b))), totals.tokensA, totals.tokensB);
    assert.ok(all.length > 2 * limit, `only ${all.length} terms`);
    const top = (side: 1 | -1) => all.filter((r) => side * r.z > 0 && (side === 1 ? r.articlesA : r.articlesB) >= minArticles)
      .sort((x, y) => side * (y.z - x.z) || x.key.localeCompare(y.key)).slice(0, limit).map((r) => [r.key, r.a, r.b, r.z.toFixed(9)]);
    const ranked = await getKeyness(a, b, { limit, minArticles });
    assert.deepEqual(ranked.typicalOfA.map((r) => [r.key, r.a, r.b, r.z.toFixed(9)]), top(1));
    assert.deepEqual(ranked.typicalOfB.map((r) => [r.key, r.a, r.b, r.z.toFixed(9)]), top(-1));
  });

  test("a search against a framing: the framing from the statistics, the search from its passages, as if both were counted", async () => {
    const options = { limit: 500, minArticles: 1 };
    for (const [a, b] of [[{ q: "camp" }, { framing: ["official"] }], [{ framing: ["testimony"] }, { q: "said", outlet: [] }]] as [Partial<Filters>, Partial<Filters>][]) {
      const mixed = await getKeyness(a, b, options);
      const counted = await getKeyness(a.q ? a : inDays(a), b.q ? b : inDays(b), options);
      const shape = (r: typeof mixed) => ({ totals: r.totals, rows: [...r.typicalOfA, ...r.typicalOfB].map((t) => [t.key, t.term, t.n, t.a, t.b, t.docsA, t.docsB, t.articlesA, t.articlesB, t.z.toFixed(9)]) });
      assert.ok(mixed.typicalOfA.length > 0 && mixed.typicalOfB.length > 0, JSON.stringify([a, b]));
      assert.deepEqual(shape(mixed), shape(counted), JSON.stringify([a, b]));
    }
  });

  test("the passage list's total: the statistics' count equals the passages counted", async () => {
    const outlets = (await getPrisma().outlet.findMany({ orderBy: { name: "asc" } })).map((o) => o.name);
    const cases: [Partial<Filters>, Partial<Filters>][] = [
      [{}, inDays({})],
      [{ framing: ["testimony"] }, inDays({ framing: ["testimony"] })],
      [{ outlet: outlets.slice(0, 2), framing: ["critical", "official"] }, inDays({ outlet: outlets.slice(0, 2), framing: ["critical", "official"] })],
      [{ from: "2019-01", to: "2019-12" }, { from: "2019-01-01", to: "2019-12-31" }],
    ];
    for (const [months, days] of cases) {
      const counted = await getPassages(days, 1, 5);
      assert.ok(counted.total > 0, JSON.stringify(months));
      assert.equal((await getPassages(months, 1, 5)).total, counted.total, JSON.stringify(months));
    }
  });

  test("after a reviewer moves a passage to another framing, both ways still agree", async () => {
    const passage = await getPrisma().passage.findFirstOrThrow({ where: { framing: "testimony" }, orderBy: { id: "asc" } });
    await setHumanLabel(passage.id, "official");
    const { stats, passages } = await bothWays({ framing: ["testimony"] }, { framing: ["official"] });
    assert.deepEqual(stats, passages);
  });

  test("a phrase enters the statistics with the article that brings it to three occurrences, counted from all of them", async () => {
    const phrase = termKey("zorblax quintessence");
    const rows = () => getPrisma().$queryRaw<{ framing: string; count: number; articles: number }[]>`
      SELECT framing::text, count, articles FROM phrase_stat WHERE stem = ${phrase} AND outlet_id = 0 AND month = DATE '0001-01-01' ORDER BY 1`;
    for (const [i, framing] of (["critical", "testimony", "critical"] as const).entries()) {
      const { cleanedText, passages } = joinPassages([`Zorblax quintessence number ${i} was observed.`]);
      await saveArticle({
        title: `Zorblax ${i}`, byline: null, outlet: "Zorblax Times", url: null, publishedAt: `2021-0${i + 1}-10`, language: "en",
        contentHash: `zorblax-${i}`, sourceFile: null, cleanedText, modelVersion: null,
        passages: passages.map((p) => ({ ...p, framing, confidence: 0.9, terms: countTerms(p.text) })),
      });
      assert.deepEqual(await rows(), i < 2 ? [] : [{ framing: "critical", count: 2, articles: 2 }, { framing: "testimony", count: 1, articles: 1 }], `after article ${i + 1}`);
    }
    const snapshot = () => getPrisma().$queryRaw`SELECT outlet_id, month, framing::text, stem, count, passages, articles, articles_only, articles_without_previous
      FROM phrase_stat ORDER BY 1, 2, 3, 4`;
    const incremental = await snapshot();
    await rebuildStats();
    assert.deepEqual(incremental, await snapshot());
  });
});
