// A large selection counted from its passages has its term lists counted in a random sample of them
// (lib/queries/plan/getTermSample.ts), and says so; a small one is counted whole. The thresholds are lowered
// here (TERM_SAMPLE_ABOVE, TERM_SAMPLE_PASSAGES) so that a 2,000-passage corpus has large searches.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { countTerms } from "../../lib/analysis/terms";
import { disconnect, getPrisma, Prisma } from "../../lib/db";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";
import { getFrequentTerms } from "../../lib/queries/reads/getFrequentTerms";
import { getKeyness } from "../../lib/queries/reads/keyness/getKeyness";
import { getTermSample, type TermSample } from "../../lib/queries/plan/getTermSample";
import { getTopTerms, getTopTermsAndSample } from "../../lib/queries/reads/getTopTerms";
import { vacuumTables } from "../../lib/queries/maintenance/vacuumTables";
import { emptyDatabase } from "../support/db";
import { ingestArticles } from "../support/statsCube";

/** The passages a search matches in a sample, read independently of the term counts (id, framing, text). */
const sampledMatches = (q: string, sample: TermSample) => getPrisma().$queryRaw<{ id: number; framing: string; text: string }[]>(Prisma.sql`
  SELECT p.id, p.framing::text AS framing, p.text FROM passage p TABLESAMPLE SYSTEM (${sample.percent}) REPEATABLE (0)
  WHERE p.text ILIKE ${`%${q}%`} ORDER BY p.id`);
const matchCount = async (q: string) =>
  (await getPrisma().$queryRaw<{ n: number }[]>(Prisma.sql`SELECT COUNT(*)::int AS n FROM passage p WHERE p.text ILIKE ${`%${q}%`}`))[0].n;

describe("term lists of large selections, counted in a sample", () => {
  before(async () => {
    Object.assign(process.env, { RESPONSE_CACHE: "off", TERM_SAMPLE_ABOVE: "300", TERM_SAMPLE_PASSAGES: "200" });
    await emptyDatabase();
    await ingestArticles([...generateCorpus({ passages: 2_000, seed: 11, outlets: 4, vocabulary: 500, passagesPerArticle: 20 })]);
    await vacuumTables(); // the planner's row count sizes the probe, as after an import
  });
  after(async () => {
    for (const name of ["RESPONSE_CACHE", "TERM_SAMPLE_ABOVE", "TERM_SAMPLE_PASSAGES"]) delete process.env[name];
    await disconnect();
  });

  // "kalo" is a common synthetic word (in most passages); "anmoren" (rank ~1,000 of 500) does not occur
  test("a search in most passages is sampled, to about the size asked for; a rare one, and the statistics' selections, are not", async () => {
    assert.ok((await matchCount("kalo")) > 600);
    const sample = await getTermSample({ q: "kalo" });
    assert.ok(sample && sample.percent > 0 && sample.percent < 100, JSON.stringify(sample));
    const sampled = (await sampledMatches("kalo", sample)).length;
    assert.ok(sampled > 60 && sampled < 600, `${sampled} passages counted, about 200 asked for`);
    assert.equal(await getTermSample({ q: "anmoren" }), null);
    assert.equal(await getTermSample({ framing: ["testimony"] }), null, "the statistics count whole framings");
    delete process.env.TERM_SAMPLE_ABOVE;
    assert.equal(await getTermSample({ q: "kalo" }), null, "below the default threshold: counted whole");
    process.env.TERM_SAMPLE_ABOVE = "300";
  });

  test("top terms of a sampled search are the sample's passages' words, counted as the text gives them", async () => {
    const { topTerms, sample } = await getTopTermsAndSample({ q: "kalo" });
    assert.ok(sample);
    // each framing's word counts over the sampled passages, from their text
    const expected = new Map<string, Map<string, number>>();
    for (const p of await sampledMatches("kalo", sample)) {
      const counts = expected.get(p.framing) ?? new Map<string, number>();
      for (const t of countTerms(p.text)) if (t.n === 1) counts.set(t.stem, (counts.get(t.stem) ?? 0) + t.count);
      expected.set(p.framing, counts);
    }
    assert.ok(topTerms.length > 0);
    for (const row of topTerms) assert.equal(row.count, expected.get(row.framing)?.get(row.stem), `${row.framing} ${row.stem}`);
    for (const [framing, counts] of expected) {
      const best = Math.max(...counts.values());
      assert.equal(topTerms.find((r) => r.framing === framing)?.count, best, `${framing}'s first row is its commonest word`);
    }
    // counted whole, the same words occur more often
    process.env.TERM_SAMPLE_ABOVE = "1000000";
    const whole = await getTopTerms({ q: "kalo" }, 15).finally(() => { process.env.TERM_SAMPLE_ABOVE = "300"; });
    assert.ok(whole[0].count > topTerms.find((r) => r.framing === whole[0].framing && r.stem === whole[0].stem)!.count);
    assert.deepEqual(await getTopTermsAndSample({ q: "kalo" }), { topTerms, sample }, "the same sample on every read");
  });

  test("keyness of a sampled search against a framing: the sample's totals, and no sample on the framing's side", async () => {
    const result = await getKeyness({ q: "kalo" }, { framing: ["official"] });
    assert.ok(result.sample);
    const sampled = await sampledMatches("kalo", result.sample);
    assert.equal(result.totals.passagesA, sampled.length);
    const official = (await getPrisma().$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM passage WHERE framing = 'official'`)[0].n;
    assert.equal(result.totals.passagesB, official);
    assert.ok(result.typicalOfA.length > 0 && result.typicalOfB.length > 0);
    const rare = await getKeyness({ q: "anmoren" }, { framing: ["official"] });
    assert.equal(rare.sample, null);
  });

  test("a selection's frequent terms are sampled when it is large, even where the statistics could count it", async () => {
    process.env.TERM_SAMPLE_ABOVE = "1000";
    try {
      const all = await getFrequentTerms({});
      assert.ok(all.sample, "2,000 passages, above 1,000");
      const small = await getFrequentTerms({ framing: ["testimony"], outlet: ["Synthetic Outlet 01"] });
      assert.equal(small.sample, null);
      assert.ok(small.terms.length > 0);
    } finally {
      process.env.TERM_SAMPLE_ABOVE = "300";
    }
  });
});
