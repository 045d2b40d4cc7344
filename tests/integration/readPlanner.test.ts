// The read planner on a real database: the store each selection is answered from as the cube comes and goes,
// a search's matching path, a phrase the statistics have not counted, and the sample of a large search.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { planRead } from "../../lib/queries/plan/planRead";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { disconnect, getPrisma } from "../../lib/db";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";
import { emptyDatabase } from "../support/db";
import { cubeReady, ingestArticles, withCube } from "../support/statsCube";

const stores = { cube: true, stats: true };

describe("the read planner", () => {
  before(async () => {
    Object.assign(process.env, { RESPONSE_CACHE: "off", STATS_CUBE_SETTLE_MS: "0", TERM_SAMPLE_ABOVE: "100", TERM_SAMPLE_PASSAGES: "50" });
    await emptyDatabase();
    await ingestArticles([...generateCorpus({ passages: 600, seed: 3, outlets: 3, vocabulary: 300, passagesPerArticle: 20 })]);
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
});
