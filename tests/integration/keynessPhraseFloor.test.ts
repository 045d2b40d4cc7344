// Keyness ranks words and the commonest phrases first, then counts only the rarer phrases common enough in the
// corpus to outrank the rows found (lib/analysis/keyness largestZ). On a corpus of two outlets with their own words and set phrases,
// where that floor leaves most phrases out, the lists equal those of every term counted and scored in
// JavaScript: from the statistics, from the passages, and a search against an outlet.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { countNeededForZ, keyness, type KeynessRow, type TermCounts } from "../../lib/analysis/keyness";
import { disconnect, getPrisma } from "../../lib/db";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import { ingestArticleStream } from "../../lib/pipeline/ingestArticleStream";
import { getKeyness } from "../../lib/queries/reads/keyness/getKeyness";
import { getCommonPhrases } from "../../lib/queries/reads/keyness/getCommonPhrases";
import { passageSelectionTotals, passageTermCounts } from "../../lib/queries/reads/keyness/termCountsFromPassages";
import type { PlannedFilters } from "../../lib/queries/sql/passageFilter";
import type { Filters } from "../../lib/schema";
import type { FramingLabel as Framing } from "../../lib/classify/labels";
import { syntheticVocabulary } from "../../bench/synthetic/generateCorpus";
import { emptyDatabase, testModel } from "../support/db";

/** A selection as the planner hands it to the SQL: both ways of matching a search are exact, trigrams need no lookup. */
const planned = (f: Partial<Filters>): PlannedFilters => ({ ...f, search: f.q ? "trigrams" : null });

/**
 * Two outlets writing from a shared vocabulary (Zipf over 400 pseudo-words), each with 50 words of its own and
 * a set phrase of its own in most passages: the phrase is as key as its words, and random pairs of shared
 * words make hundreds of phrases seen a few times.
 */
function* twoOutletCorpus() {
  let seed = 12345;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const vocab = syntheticVocabulary(500);
  const zipf = (words: string[]) => words[Math.min(words.length - 1, Math.floor(Math.exp(random() * Math.log(words.length))) - 1)];
  const outlets = [
    { name: "Outlet East", own: vocab.slice(400, 450), phrase: "vocational training centre" },
    { name: "Outlet West", own: vocab.slice(450, 500), phrase: "internment camp detainees" },
  ];
  for (let i = 0; i < 80; i++) {
    const outlet = outlets[i % 2];
    const paragraphs = Array.from({ length: 6 }, () => {
      const words = Array.from({ length: 30 }, () => zipf(random() < 0.25 ? outlet.own : vocab.slice(0, 400)));
      if (random() < 0.6) words.splice(10, 0, outlet.phrase);
      return `${words.join(" ")}.`;
    });
    const published = `2020-${String(1 + (i % 12)).padStart(2, "0")}-15`;
    yield { file: `two-outlets-${i}.txt`, text: [`Article ${i}`, ...paragraphs].join("\n\n"), meta: { title: `Article ${i}`, outlet: outlet.name, published } };
  }
}

const inDays = (f: Partial<Filters>): Partial<Filters> => ({ ...f, from: "1901-01-01", to: "2999-12-31" });
const [limit, minArticles, commonPhrases] = [10, 2, 3];

async function everyTermRanked(a: Partial<Filters>, b: Partial<Filters>) {
  const totals = await passageSelectionTotals(planned(a), planned(b));
  const all = keyness(await getPrisma().$queryRaw<TermCounts[]>(passageTermCounts(planned(a), planned(b))), totals.tokensA, totals.tokensB);
  const top = (side: 1 | -1, rows = all) => rows.filter((r) => side * r.z > 0 && (side === 1 ? r.articlesA : r.articlesB) >= minArticles)
    .sort((x, y) => side * (y.z - x.z) || x.key.localeCompare(y.key)).slice(0, limit);
  // the floor getKeyness derives from the words and the commonest phrases it ranks first
  const { restSeenAtMost } = (await getCommonPhrases(commonPhrases))!;
  const seen = new Map((await getPrisma().term.findMany({ where: { n: { gt: 1 } } })).map((t) => [t.stem, t.count]));
  const first = all.filter((r) => r.n === 1 || seen.get(r.key)! > restSeenAtMost);
  const floors = ([1, -1] as const).map((side) => countNeededForZ(Math.min(...top(side, first).map((r) => side * r.z)), totals.tokensA, totals.tokensB, side));
  // the lower of the two lists' floors: what the rarer phrases' counting leaves out on both
  return { typicalOfA: top(1), typicalOfB: top(-1), restSeenAtMost, floor: Math.min(...floors) };
}

// without the article counts: the statistics count an article once per framing it uses a term in
const shape = (rows: KeynessRow[]) => rows.map((r) => [r.key, r.n, r.a, r.b, r.docsA, r.docsB, r.z.toFixed(9)]);

describe("keyness leaves out the phrases too rare to be shown", () => {
  before(async () => {
    await emptyDatabase();
    const stream = [...twoOutletCorpus()].map((a) => ({ label: a.file, parse: () => parsePlainTextArticle(a.text, a.meta, a.file) }));
    const totals = await ingestArticleStream(stream, testModel());
    assert.equal(totals.failed, 0);
  });
  after(disconnect);

  const [east, west] = [{ outlet: ["Outlet East"] }, { outlet: ["Outlet West"] }];
  const cases: [string, Partial<Filters>, Partial<Filters>, Partial<Filters>, Partial<Filters>][] = [
    // [name, the selections getKeyness is given, the same selections counted from the passages]
    ["outlet against outlet, from the statistics", east, west, inDays(east), inDays(west)],
    ["outlet against outlet, from the passages", inDays(east), inDays(west), inDays(east), inDays(west)],
    ["a search against an outlet: one side from each", { q: "vocational" }, west, { q: "vocational" }, inDays(west)],
  ];
  test("without phrases (phrases=0): the same words as every word scored", async () => {
    const totals = await passageSelectionTotals(planned(inDays(east)), planned(inDays(west)));
    const words = keyness(await getPrisma().$queryRaw<TermCounts[]>(passageTermCounts(planned(inDays(east)), planned(inDays(west)))), totals.tokensA, totals.tokensB)
      .filter((r) => r.n === 1);
    const top = (side: 1 | -1) => words.filter((r) => side * r.z > 0 && (side === 1 ? r.articlesA : r.articlesB) >= minArticles)
      .sort((x, y) => side * (y.z - x.z) || x.key.localeCompare(y.key)).slice(0, limit);
    const ranked = await getKeyness(east, west, { limit, minArticles, phrases: false });
    assert.deepEqual(shape(ranked.typicalOfA), shape(top(1)));
    assert.deepEqual(shape(ranked.typicalOfB), shape(top(-1)));
  });

  test("framing against framing, from the statistics (phrases looked up stem by stem): the same rows as every term scored", async () => {
    // the two framings the model gave most passages to
    const framings = (await getPrisma().$queryRaw<{ framing: Framing }[]>`
      SELECT framing::text AS framing FROM passage GROUP BY framing ORDER BY COUNT(*) DESC, framing LIMIT 2`).map((r) => r.framing);
    assert.equal(framings.length, 2);
    const [a, b] = framings.map((f) => ({ framing: [f] }));
    // against the other framing, and against every framing (the two selections then overlap)
    for (const other of [b, {}]) {
      const expected = await everyTermRanked(inDays(a), inDays(other));
      assert.ok([...expected.typicalOfA, ...expected.typicalOfB].some((r) => r.n > 1), "phrases are shown");
      for (const listedPhrases of [undefined, 0]) {
        const ranked = await getKeyness(a, other, { limit, minArticles, commonPhrases, listedPhrases });
        const how = `against ${JSON.stringify(other)}, listed up to ${listedPhrases ?? "the default"}`;
        assert.deepEqual(shape(ranked.typicalOfA), shape(expected.typicalOfA), how);
        assert.deepEqual(shape(ranked.typicalOfB), shape(expected.typicalOfB), how);
      }
    }
  });

  for (const [name, a, b, countedA, countedB] of cases) {
    test(`${name}: the same rows as every term scored`, async () => {
      const expected = await everyTermRanked(countedA, countedB);
      const [{ left, kept }] = await getPrisma().$queryRaw<{ left: number; kept: number }[]>`
        SELECT COUNT(*) FILTER (WHERE count < ${expected.floor})::int AS left, COUNT(*) FILTER (WHERE count >= ${expected.floor})::int AS kept
        FROM term WHERE n > 1`;
      assert.ok(left > 10 * kept, `the floor (${expected.floor}) should leave out most phrases: ${left} out, ${kept} kept`);
      assert.ok(expected.floor <= expected.restSeenAtMost, "some phrases are counted after the first ranking");
      const shown = [...expected.typicalOfA, ...expected.typicalOfB];
      assert.ok(shown.some((r) => r.n > 1) && shown.some((r) => r.n === 1), "both words and phrases are shown");
      // the rarer phrases passed as a list of stems, and as a range of corpus counts
      for (const listedPhrases of [undefined, 0]) {
        const ranked = await getKeyness(a, b, { limit, minArticles, commonPhrases, listedPhrases });
        assert.deepEqual(shape(ranked.typicalOfA), shape(expected.typicalOfA), `listed up to ${listedPhrases ?? "the default"}`);
        assert.deepEqual(shape(ranked.typicalOfB), shape(expected.typicalOfB), `listed up to ${listedPhrases ?? "the default"}`);
      }
    });
  }
});
