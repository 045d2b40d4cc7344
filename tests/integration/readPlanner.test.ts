// The read planner on a real database: the store each selection is answered from as the cube comes and goes,
// a search's matching path, a phrase the statistics have not counted, and the sample of a large search.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { planRead } from "../../lib/queries/plan/planRead";
import { getFramingBreakdown, getPassages, getTopTerms, listLanguages, listOutlets } from "../../lib/queries/reads";
import { getKeyness } from "../../lib/queries/reads/keyness";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { moveArticles } from "../../lib/queries/writes/collections";
import { disconnect, getPrisma } from "../../lib/db";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";
import { emptyDatabase } from "../support/db";
import { cubeReady, ingestArticles, withCube } from "../support/statsCube";

const stores = { cube: true, stats: true };

describe("the read planner", () => {
  before(async () => {
    Object.assign(process.env, { RESPONSE_CACHE: "off", STATS_CUBE_SETTLE_MS: "0", TERM_SAMPLE_ABOVE: "100", TERM_SAMPLE_PASSAGES: "50" });
    await emptyDatabase();
    // a third of the articles in Chinese (as a page declaring zh-CN would be stored), for the language filter
    const corpus = [...generateCorpus({ passages: 600, seed: 3, outlets: 3, vocabulary: 300, passagesPerArticle: 20 })];
    await ingestArticles(corpus.map((a, i) => (i % 3 ? a : { ...a, meta: { ...a.meta, language: "zh-CN" } })));
  });
  after(async () => {
    for (const name of ["RESPONSE_CACHE", "STATS_CUBE_SETTLE_MS", "TERM_SAMPLE_ABOVE", "TERM_SAMPLE_PASSAGES"]) delete process.env[name];
    await disconnect();
  });

  test("whole months of framings and outlets: the tables without a cube, the cube once it is loaded, the tables again after a write", async () => {
    const selection = { framing: ["official" as const], from: "2019-01" };
    assert.equal((await withCube(false, () => planRead(selection, stores))).store, "stats");
    await cubeReady();
    const loaded = await withCube(true, () => planRead(selection, stores));
    assert.equal(loaded.store, "cube");
    assert.ok(loaded.cube);
    assert.equal((await withCube(true, () => planRead(selection, { stats: true }))).store, "stats", "a read without a cube implementation");
    const [passage] = await getPrisma().passage.findMany({ take: 1, select: { id: true } });
    await setHumanLabel(passage.id, "testimony");
    assert.equal((await withCube(true, () => planRead(selection, stores))).store, "stats", "the cube is stale after a write");
  });

  test("a search, a term, days, another label view and the uncertain flag are counted from the passages, with the search's path", async () => {
    for (const selection of [{ q: "loka" }, { term: "loka" }, { from: "2019-01-05" }, { labels: "model" as const }, { uncertain: "1" as const }]) {
      const plan = await planRead(selection, stores);
      assert.equal(plan.store, "passages", JSON.stringify(selection));
      if ("q" in selection) assert.ok(plan.filters.search, "a search gets its path");
      else assert.equal(plan.filters.search, null);
    }
    assert.match((await planRead({ q: "loka" })).filters.search ?? "", /^(words|trigrams)$/);
  });

  test("a store that does not hold what is asked is passed over", async () => {
    assert.equal((await withCube(false, () => planRead({}, { stats: async () => false }))).store, "passages");
  });

  test("term lists of a large selection counted from its passages are sampled; of a selection the statistics count, never", async () => {
    const broad = await planRead({ q: "a" }, { ...stores, termLists: true });
    assert.equal(broad.store, "passages");
    assert.ok(broad.sample && broad.sample.percent < 100, JSON.stringify(broad.sample));
    assert.equal((await withCube(false, () => planRead({}, { ...stores, termLists: true }))).sample, null);
    assert.equal((await planRead({ q: "a" }, stores)).sample, null, "no term lists, no sample");
  });

  test("a language filter: counted from the passages, only that language's articles, in every read", async () => {
    assert.deepEqual((await listLanguages()).map((l) => l.language).sort(), ["en", "zh"]);
    assert.equal((await withCube(false, () => planRead({ lang: ["zh"] }, stores))).store, "passages", "the statistics have no language dimension");
    const [{ zh }] = await getPrisma().$queryRaw<{ zh: number }[]>`
      SELECT COUNT(*)::int AS zh FROM passage p JOIN article a ON a.id = p.article_id WHERE a.language = 'zh-CN'`;
    assert.ok(zh > 0);
    const chart = await getFramingBreakdown({ lang: ["zh"] });
    assert.equal(chart.byOutlet.reduce((n, r) => n + r.total, 0), zh, "a primary tag takes its regional forms");
    assert.equal((await getFramingBreakdown({ lang: ["zh-cn"] })).byOutlet.reduce((n, r) => n + r.total, 0), zh);
    assert.equal((await getFramingBreakdown({ lang: ["zh-tw"] })).byOutlet.length, 0, "a regional tag takes only itself");
    const all = (await getFramingBreakdown({})).byOutlet.reduce((n, r) => n + r.total, 0);
    assert.equal((await getFramingBreakdown({ lang: ["en", "zh"] })).byOutlet.reduce((n, r) => n + r.total, 0), all);
    const page = await getPassages({ lang: ["zh"] }, 1, 50);
    assert.equal(page.total, zh);
    const titles = await getPrisma().article.findMany({ where: { language: "zh-CN" }, select: { title: true } });
    assert.ok(page.rows.every((r) => titles.some((t) => t.title === r.articleTitle)));
    assert.ok((await getTopTerms({ lang: ["zh"] })).length > 0);
    // counted whole (this suite samples selections above 100 passages)
    process.env.TERM_SAMPLE_ABOVE = "100000";
    const keyness = await getKeyness({ lang: ["zh"] }, { lang: ["en"] }).finally(() => { process.env.TERM_SAMPLE_ABOVE = "100"; });
    assert.equal(keyness.sample, null);
    assert.equal(keyness.totals.passagesA, zh);
    assert.equal(keyness.totals.passagesB, all - zh);
  });

  test("outlets are listed alphabetically whatever their case, each collection's own with its article count there", async () => {
    const prisma = getPrisma();
    const outlets = await prisma.outlet.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    const names = ["the Guardian", "Zeta Daily", "Alpha Post"];
    for (const [i, o] of outlets.entries()) await prisma.outlet.update({ where: { id: o.id }, data: { name: names[i] } });
    // an outlet without articles in the collection is no filter choice
    await prisma.outlet.create({ data: { name: "Beta Nobody" } });
    assert.deepEqual((await listOutlets()).map((o) => o.name), ["Alpha Post", "the Guardian", "Zeta Daily"]);
    const article = await prisma.article.findFirstOrThrow({ where: { outletId: outlets[1].id }, select: { id: true } });
    await getPrisma().collection.create({ data: { name: "second" } });
    await moveArticles([article.id], { add: "second" });
    assert.deepEqual(await listOutlets({ collection: "second" }), [{ id: outlets[1].id, name: "Zeta Daily", articles: 1 }]);
    assert.deepEqual(await listOutlets({ collection: "no-such-collection" }), []);
    assert.deepEqual((await listLanguages({ collection: "second" })).reduce((n, l) => n + l.articles, 0), 1);
  });
});
