// Keyness, top terms, term timelines and the overview's passage counts from the in-memory statistics cube equal those from SQL, for every shape of selection the cube
// answers (framings, outlets, months, undated articles, overlapping sides, unknown outlets, words only, sides in two
// collections), and the
// cube is used only while the data is unchanged: after a write, reads go back to SQL until a new cube loads.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { KeynessResult } from "../../lib/queries/reads/keyness/getKeyness";
import { getKeyness } from "../../lib/queries/reads/keyness/getKeyness";
import { getTopTerms } from "../../lib/queries/reads/getTopTerms";
import { getFrequentTerms } from "../../lib/queries/reads/getFrequentTerms";
import { getFramingByMonth } from "../../lib/queries/reads/getFramingByMonth";
import { getFramingByOutlet } from "../../lib/queries/reads/getFramingByOutlet";
import { getFramingBreakdown } from "../../lib/queries/reads/getFramingBreakdown";
import { getTermTimeline } from "../../lib/queries/reads/getTermTimeline";
import { currentStatsCube } from "../../lib/queries/stats/currentStatsCube";
import { loadStatsCube } from "../../lib/queries/stats/loadStatsCube";
import { cubeRows } from "../../lib/analysis/statsCube";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { moveArticles } from "../../lib/queries/writes/collections";
import { disconnect, getPrisma } from "../../lib/db";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";
import type { Filters } from "../../lib/schema";
import { emptyDatabase } from "../support/db";
import { cubeReady, ingestArticles, withCube } from "../support/statsCube";

const shape = (r: KeynessResult) => ({
  totals: r.totals,
  lists: [r.typicalOfA, r.typicalOfB].map((rows) => rows.map((x) => [x.key, x.term, x.n, x.a, x.b, x.docsA, x.docsB, x.articlesA, x.articlesB, x.z.toFixed(9)])),
});

describe("keyness from the statistics cube", () => {
  before(async () => {
    process.env.RESPONSE_CACHE = "off";
    process.env.STATS_CUBE_SETTLE_MS = "0";
    await emptyDatabase();
    const corpus = [...generateCorpus({ passages: 3_000, seed: 7, outlets: 6, vocabulary: 600, passagesPerArticle: 25 })];
    // one article without a date: counted in all time, never in a range of months
    corpus[0] = { ...corpus[0], meta: { ...corpus[0].meta, published: null } };
    await ingestArticles(corpus);
    // a second collection holding a fifth of the articles, which stay in the default one too (its cases unchanged)
    const ids = (await getPrisma().article.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((a) => a.id);
    await getPrisma().collection.create({ data: { name: "second" } });
    await moveArticles(ids.filter((_, i) => i % 5 === 0), { add: "second" });
  });
  after(async () => {
    delete process.env.RESPONSE_CACHE;
    delete process.env.STATS_CUBE_SETTLE_MS;
    await disconnect();
  });

  const outlet = (n: number) => `Synthetic Outlet 0${n}`;
  const cases: [string, Partial<Filters>, Partial<Filters>, { limit?: number; phrases?: boolean }?][] = [
    ["two framings", { framing: ["testimony"] }, { framing: ["official"] }],
    ["a framing against everything (overlapping sides)", { framing: ["critical"] }, {}],
    ["two framings against one of them", { framing: ["critical", "official"] }, { framing: ["official"] }],
    ["outlet against outlet", { outlet: [outlet(1)] }, { outlet: [outlet(2)] }],
    ["two outlets since 2019 against one", { outlet: [outlet(1), outlet(3)], from: "2019-01" }, { outlet: [outlet(3)], from: "2019-01" }],
    ["a framing and an outlet over months against a framing", { framing: ["official"], outlet: [outlet(4)], from: "2018-06", to: "2021-03" }, { framing: ["official"] }],
    ["overlapping ranges of months", { from: "2018-01", to: "2020-12" }, { from: "2020-01", to: "2023-12" }],
    ["an outlet against the months of a framing (different grains)", { outlet: [outlet(5)] }, { framing: ["testimony"], to: "2021-12" }],
    ["an outlet nobody publishes", { outlet: ["No Such Outlet"] }, {}],
    // long lists reach terms seen a few times, where the minimum count (rows in both sides counted once) decides
    ["an outlet within two, every term listed", { outlet: [outlet(1)], from: "2019-03", to: "2019-08" }, { outlet: [outlet(1), outlet(2)], from: "2019-03", to: "2019-08" }, { limit: 5_000 }],
    ["words only, short lists", { framing: ["testimony"] }, { framing: ["critical"] }, { limit: 5, phrases: false }],
    // one side counted from its passages (a search, days), the other summed in the cube
    ["a search against a framing", { q: "loka" }, { framing: ["official"] }],
    ["a framing against a rarer search", { framing: ["testimony"] }, { q: "pordor" }],
    ["a search against everything (overlapping sides)", { q: "loka" }, {}],
    ["days of an outlet against the months of another", { outlet: [outlet(2)], from: "2019-02-03", to: "2020-05-20" }, { outlet: [outlet(3)], to: "2021-12" }],
    ["a search within its framing, every term listed", { q: "mika", framing: ["critical"] }, { framing: ["critical"] }, { limit: 5_000 }],
    ["a search against a framing, words only", { q: "loka" }, { framing: ["critical"] }, { limit: 5, phrases: false }],
    // sides of two and three framings, whose articles are counted once however many of them an article uses a term in
    ["each pair of framings against the third", { framing: ["official", "critical"] }, { framing: ["testimony"] }, { limit: 300 }],
    ["critical and testimony of an outlet against official", { framing: ["critical", "testimony"], outlet: [outlet(2)] }, { framing: ["official"] }, { limit: 300 }],
    ["testimony and official over months against every framing named", { framing: ["testimony", "official"], from: "2019-01", to: "2020-06" }, { framing: ["official", "critical", "testimony"] }, { limit: 300 }],
    ["a search against two framings", { q: "loka" }, { framing: ["official", "testimony"] }, { limit: 300 }],
    // across collections: framing X in one against framing X in the other, and one side counted from its passages
    ["official in the default collection against official in another", { framing: ["official"] }, { collection: "second", framing: ["official"] }],
    ["an outlet of another collection against everything in the default", { collection: "second", outlet: [outlet(1)] }, {}, { limit: 300 }],
    ["a search in another collection against a framing in the default", { collection: "second", q: "loka" }, { framing: ["critical"] }],
  ];
  const acrossCollections = cases.filter(([, a, b]) => a.collection !== b.collection);

  test("equals SQL for every shape of selection", async () => {
    const fromSql = [];
    for (const [, a, b, options] of cases) fromSql.push(shape(await withCube(false, () => getKeyness(a, b, options))));
    await cubeReady();
    for (const [i, [name, a, b, options]] of cases.entries()) {
      const fromCube = shape(await withCube(true, () => getKeyness(a, b, options)));
      assert.deepEqual(fromCube, fromSql[i], name);
      if (name !== "an outlet nobody publishes") assert.ok(fromCube.lists[0].length && fromCube.lists[1].length, `${name}: both lists filled`);
    }
    // the collection is counted, not ignored: a side in the second collection holds fewer passages than the same in the default
    const [, , officialInSecond] = acrossCollections[0];
    const inBoth = shape(await withCube(true, () => getKeyness(officialInSecond, { ...officialInSecond, collection: undefined })));
    const across = fromSql[cases.indexOf(acrossCollections[0])];
    assert.ok(across.totals.passagesB < inBoth.totals.passagesB && across.totals.passagesB > 0, "the second collection's official passages are fewer than the default's");
  });

  const topTermCases: [string, Partial<Filters>][] = [
    ["everything", {}],
    ["one framing", { framing: ["testimony"] }],
    ["two outlets", { outlet: [outlet(1), outlet(3)] }],
    ["a range of months (the undated article left out)", { from: "2019-01", to: "2020-12" }],
    ["a framing, an outlet and months since 2021", { framing: ["official", "critical"], outlet: [outlet(4)], from: "2021-01" }],
    ["months up to 2018", { to: "2018-12" }],
    ["an outlet nobody publishes", { outlet: ["No Such Outlet"] }],
  ];

  /** Each case read in SQL, then from the cube once it is up to date: its name and the two answers. */
  async function bothWays<T>(read: (filters: Partial<Filters>) => Promise<T>): Promise<{ name: string; fromCube: T; fromSql: T }[]> {
    const fromSql = [];
    for (const [, filters] of topTermCases) fromSql.push(await withCube(false, () => read(filters)));
    await cubeReady();
    const out = [];
    for (const [i, [name, filters]] of topTermCases.entries()) out.push({ name, fromCube: await withCube(true, () => read(filters)), fromSql: fromSql[i] });
    return out;
  }

  test("top terms equal SQL's, ties at the cut included", async () => {
    // 200 a framing reaches words seen a few times, where many tie and the stem orders them
    for (const { name, fromCube, fromSql } of await bothWays((filters) => getTopTerms(filters, 200))) {
      assert.deepEqual(fromCube, fromSql, name);
      if (name !== "an outlet nobody publishes") assert.ok(fromCube.length > 100, `${name}: rows`);
    }
  });

  test("top terms of selections counted from their passages (searches, days) equal SQL's, ties at the cut included", async () => {
    const searches: Partial<Filters>[] = [
      { q: "loka" }, { q: "mika", framing: ["critical", "testimony"] }, { q: "pordor", outlet: [outlet(2), outlet(5)], from: "2019-01" },
      { outlet: [outlet(1)], from: "2019-02-03", to: "2021-05-20" }, { q: "no such word at all" },
      // written into the COPY statement as literals: quotes and backslashes must stay inside them
      { q: `lo'ka"); DROP TABLE passage; --\\` }, { q: "loka", outlet: [`O'Brien "Daily" \\ News`] },
    ];
    const fromSql = [];
    for (const filters of searches) fromSql.push(await withCube(false, () => getTopTerms(filters, 200)));
    await cubeReady();
    for (const [i, filters] of searches.entries()) {
      assert.deepEqual(await withCube(true, () => getTopTerms(filters, 200)), fromSql[i], JSON.stringify(filters));
      if (i < 4) assert.ok(fromSql[i].length > 50, `${JSON.stringify(filters)}: rows`);
    }
  });

  test("the compare view's frequent terms (words and phrases, all framings) equal SQL's, ties at the cut included", async () => {
    for (const { name, fromCube, fromSql } of await bothWays((filters) => getFrequentTerms(filters, 400))) {
      assert.deepEqual(fromCube, fromSql, name);
      if (name !== "an outlet nobody publishes") assert.ok(fromCube.terms.length === 400 && fromCube.terms.some((t) => t.n > 1), `${name}: words and phrases`);
    }
  });

  test("the overview's passages by outlet and by month equal SQL's", async () => {
    const cases: Partial<Filters>[] = [...topTermCases.map(([, filters]) => filters), { framing: ["critical"], from: "2020-03" }];
    const fromSql = [];
    for (const filters of cases) fromSql.push(await withCube(false, async () => [await getFramingByOutlet(filters), await getFramingByMonth(filters)]));
    await cubeReady();
    for (const [i, filters] of cases.entries()) {
      const fromCube = await withCube(true, async () => [await getFramingByOutlet(filters), await getFramingByMonth(filters)]);
      assert.deepEqual(fromCube, fromSql[i], JSON.stringify(filters));
      const breakdown = await withCube(true, () => getFramingBreakdown(filters));
      assert.deepEqual([breakdown.byOutlet, breakdown.byMonth], fromSql[i], `both charts at once: ${JSON.stringify(filters)}`);
    }
    assert.ok(fromSql[0][0].length === 6 && fromSql[0][1].length > 24, "every outlet, years of months");
  });

  test("a term's timeline equals SQL's: a word, a counted phrase, a stem nobody used", async () => {
    const [word] = await getTopTerms({ framing: ["critical"] }, 1);
    const [phrase] = await getPrisma().$queryRaw<{ stem: string }[]>`SELECT stem FROM phrase_stat WHERE outlet_id = 0 ORDER BY count DESC, stem LIMIT 1`;
    const cases: Partial<Filters>[] = [{}, { framing: ["testimony"] }, { outlet: [outlet(2)], from: "2019-06" }, { to: "2018-12", framing: ["official", "critical"] }];
    const terms = [word.stem, phrase.stem, "zzznever"];
    const fromSql = [];
    for (const term of terms) for (const filters of cases) fromSql.push(await withCube(false, () => getTermTimeline({ ...filters, term })));
    await cubeReady();
    let i = 0;
    for (const term of terms) {
      for (const filters of cases) {
        assert.deepEqual(await withCube(true, () => getTermTimeline({ ...filters, term })), fromSql[i++], `${term} ${JSON.stringify(filters)}`);
      }
    }
    assert.ok(fromSql[0].some((m) => m.occurrences > 0) && fromSql[4].some((m) => m.occurrences > 0), "the word and the phrase occur");
  });

  test("holds every finest row of the statistics, and is used only while the data is unchanged", async () => {
    const cube = await loadStatsCube();
    const [{ rows }] = await getPrisma().$queryRaw<{ rows: number }[]>`
      SELECT ((SELECT COUNT(*) FROM term_stat WHERE outlet_id <> 0 AND month <> DATE '0001-01-01')
            + (SELECT COUNT(*) FROM phrase_stat WHERE outlet_id <> 0 AND month <> DATE '0001-01-01')
            + (SELECT COUNT(*) FROM term_stat WHERE outlet_id = 0 AND month = DATE '0001-01-01')
            + (SELECT COUNT(*) FROM phrase_stat WHERE outlet_id = 0 AND month = DATE '0001-01-01'))::int AS rows`;
    assert.equal(cubeRows(cube), rows);

    await cubeReady();
    const [a, b] = [{ framing: ["testimony" as const] }, { outlet: [outlet(2)] }];
    // a reviewer's label moves passages between framings: the loaded cube no longer answers
    const passage = await getPrisma().passage.findFirstOrThrow({ where: { framing: "official", outlet: { name: outlet(2) } }, orderBy: { id: "asc" } });
    await setHumanLabel(passage.id, "testimony");
    assert.equal(await withCube(true, currentStatsCube), null);
    const whileStale = shape(await withCube(true, () => getKeyness(a, b)));
    assert.deepEqual(whileStale, shape(await withCube(false, () => getKeyness(a, b))));
    await cubeReady();
    assert.deepEqual(shape(await withCube(true, () => getKeyness(a, b))), whileStale);
  });
});
