// Terms most typical of selection A against B and of B against A, ranked by the log-odds z-score. Each side
// is read from the precomputed statistics when its filters are whole months of framings and outlets, from
// the passages when a search, a term, a label view or day-precision dates ask for more. With a statistics cube
// loaded, the statistics' sides are summed and every term scored in memory (a side counted from its passages
// comes in once, as columns); without one, the terms are counted and ranked in the database, and only the rows
// shown leave it.
//
// Words and the commonest phrases are ranked first, then only the rarer phrases common enough in the corpus to
// outrank the rows already found (largestZ): at 1M passages phrases were 98% of the cost of keyness between
// two framings (6.8 s against 80 ms for words alone), and the 1.3M counted phrases are mostly rare.
import { keyness, type KeynessRow, phraseFloors, type TermCounts } from "../../../analysis/keyness";
import { getPrisma, Prisma } from "../../../db";
import type { Filters } from "../../../schema";
import { getCommonPhrases } from "./getCommonPhrases";
import { getPhrasesSeen } from "./getPhrasesSeen";
import { getTermNames } from "../getTermNames";
import { rankedByKeyness, type KeynessSide } from "./rankedByKeyness";
import { PHRASE_MIN_COUNT as MIN_COUNT } from "../../stats/statGrains";
import type { TermScope } from "../../sql/phraseBand";
import { passageSelectionTotals, passageTermCounts, type SelectionTotals } from "./termCountsFromPassages";
import { statsSelectionTotals, statsTermCounts } from "./termCountsFromStats";
import { planRead } from "../../plan/planRead";
import type { PlannedFilters } from "../../sql/passageFilter";
import { rememberedReads } from "../../plan/rememberedReads";
import { keynessCandidatesFromCube } from "../../../analysis/cubeKeyness";
import { getKeynessBesideCube } from "./getKeynessBesideCube";
import { getTermSample, type TermSample } from "../../plan/getTermSample";

/**
 * sample: where a selection counted from its passages is large, the random sample of them its terms and totals
 * were counted in (getTermSample); null when every passage was counted.
 */
export interface KeynessResult { totals: SelectionTotals; typicalOfA: KeynessRow[]; typicalOfB: KeynessRow[]; sample: TermSample | null }

/**
 * Ranked with the words, these commonest phrases set the bar the rarer ones must clear. At 218,000 synthetic
 * passages the top 5,000 raised the 40th row's |z| between two framings from 1.6 (words alone) to 3.4.
 */
const COMMON_PHRASES = 5_000;
/**
 * A band of rarer phrases up to this size is looked up by stem; a wider one is hash-joined against every phrase
 * row of the selections. At 1M passages a band of a few thousand phrases took 2.8 s as a join (a search
 * against a framing: the framing's 600,000 all-time phrase rows), milliseconds as a list.
 */
const LISTED_PHRASES = 10_000;

/** Each side's totals, and its term counts (a query to nest) for a scope of terms; `side` says which list they feed. */
interface Counter { totals: SelectionTotals; counts: (terms: TermScope, side: KeynessSide) => Prisma.Sql }

/**
 * `commonPhrases`: how many of the commonest phrases are ranked with the words; `listedPhrases`: up to how many
 * rarer phrases are passed as a list (tests set both low).
 */
async function computeKeyness(
  a: Partial<Filters>, b: Partial<Filters>,
  options: { limit?: number; minArticles?: number; phrases?: boolean; commonPhrases?: number; listedPhrases?: number } = {},
): Promise<KeynessResult> {
  const top = { limit: options.limit ?? 40, minArticles: options.minArticles ?? 2 };
  const withPhrases = options.phrases !== false;
  // each side planned on its own: a side is whole statistics cells or is counted from its passages
  const [planA, planB] = await Promise.all([planRead(a, { cube: true, stats: true }), planRead(b, { cube: true, stats: true })]);
  const [statsA, statsB] = [planA.store !== "passages", planB.store !== "passages"];
  const scoring = { ...top, minCount: MIN_COUNT, phrases: withPhrases };
  // both sides whole months of framings and outlets: every term summed and scored in memory when a cube is loaded
  if (planA.store === "cube" && planB.store === "cube") {
    const { totals, rows } = keynessCandidatesFromCube(planA.cube!, a, b, scoring);
    return shown(rows, totals, top, null);
  }
  const sample = await getTermSample(a, b);
  // one side a search: its terms counted from its passages once, the other side's summed in memory
  const cube = planA.store === "cube" ? planA.cube : planB.store === "cube" ? planB.cube : null;
  if (cube) {
    const [counted, broad] = statsA ? [planB.filters, a] : [planA.filters, b];
    const { totals, rows } = await getKeynessBesideCube(cube, counted, broad, statsA ? "b" : "a", sample, scoring);
    return shown(rows, totals, top, sample);
  }
  const [{ totals, counts }, common] = await Promise.all([
    counterFor(planA.filters, planB.filters, statsA, statsB, sample), withPhrases ? getCommonPhrases(options.commonPhrases ?? COMMON_PHRASES) : null,
  ]);
  if (!totals.tokensA || !totals.tokensB) return { totals, typicalOfA: [], typicalOfB: [], sample };
  const ranked = (terms: TermScope, side: KeynessSide = "both") =>
    getPrisma().$queryRaw<TermCounts[]>(rankedByKeyness(counts(terms, side), totals, top, side));
  if (!withPhrases) return shown(await ranked({ words: true, phrases: null }), totals, top, sample);
  const first = await ranked({ words: true, phrases: common ? { stems: common.stems } : { from: 0 } });
  if (!common) return shown(first, totals, top, sample);
  // each list has its own bar: a search's few passages against a framing set a low one on the search's side,
  // where only the phrases in its passages can be typical of it, and a high one on the framing's
  const floor = phraseFloors(first, totals, top);
  const below = common.restSeenAtMost + 1;
  const rarer = async (from: number, side: KeynessSide) => {
    if (from >= below) return [];
    // a narrow band is passed as a list the primary key can take; a wide one is joined as a range
    const stems = await getPhrasesSeen(from, below, options.listedPhrases ?? LISTED_PHRASES);
    return ranked({ words: false, phrases: stems ? { stems } : { from, below } }, side);
  };
  const rest = floor.a === floor.b
    ? await rarer(floor.a, "both")
    : (await Promise.all([rarer(floor.a, "a"), rarer(floor.b, "b")])).flat();
  return shown([...first, ...rest], totals, top, sample);
}

/** The rows shown, named, of the candidates the database ranked. */
async function shown(rows: TermCounts[], totals: SelectionTotals, top: { limit: number; minArticles: number }, sample: TermSample | null): Promise<KeynessResult> {
  // scored again in full (G², log ratio) and ordered as the SQL did, ties by key
  const scored = keyness(rows, totals.tokensA, totals.tokensB);
  const typicalOfA = scored.filter((r) => r.z > 0 && r.articlesA >= top.minArticles).sort((x, y) => y.z - x.z || x.key.localeCompare(y.key)).slice(0, top.limit);
  const typicalOfB = scored.filter((r) => r.z < 0 && r.articlesB >= top.minArticles).sort((x, y) => x.z - y.z || x.key.localeCompare(y.key)).slice(0, top.limit);
  const names = await getTermNames([...typicalOfA, ...typicalOfB].map((r) => r.key));
  for (const r of [...typicalOfA, ...typicalOfB]) r.term = names.get(r.key) ?? r.key;
  return { totals, typicalOfA, typicalOfB, sample };
}

async function counterFor(a: PlannedFilters, b: PlannedFilters, statsA: boolean, statsB: boolean, sample: TermSample | null): Promise<Counter> {
  if (statsA && statsB) return { totals: await statsSelectionTotals(a, b), counts: (terms) => statsTermCounts(a, b, { terms }) };
  if (statsA || statsB) return sideBySide(a, b, statsA, sample);
  return { totals: await passageSelectionTotals(a, b, sample), counts: (terms) => passageTermCounts(a, b, { terms, sample }) };
}

/**
 * One selection the statistics can answer (a framing, say) against one they cannot (a search): the broad side
 * read from the statistics, the other counted from its passages, so that the broad side is not counted
 * passage by passage (a search against a whole framing took 30 s at 100,000 passages), and the two joined
 * in the database. The minimum count applies, as elsewhere, to the union of the two selections: the
 * passages side also counts what lies in both (its B columns). Exact: a term missing from the statistics
 * side is a phrase seen fewer than PHRASE_MIN_COUNT times in the corpus, which the minimum count drops anyway.
 */
async function sideBySide(a: PlannedFilters, b: PlannedFilters, statsA: boolean, sample: TermSample | null): Promise<Counter> {
  const [counted, broad] = statsA ? [b, a] : [a, b];
  const [own, wide] = await Promise.all([
    passageSelectionTotals(counted, null, sample),
    statsSelectionTotals(broad, null),
  ]);
  // `o`: the counted side (A columns) and its overlap with the broad side (B columns); `w`: the broad side
  const side = (t: "o" | "w", col: "a" | '"docsA"' | '"articlesA"') => Prisma.raw(`COALESCE(${t}.${col}, 0)`);
  const [x, y] = statsA ? ["w", "o"] as const : ["o", "w"] as const;
  // a term typical of the counted side occurs in its passages (with none there, z < 0): its list needs no other
  const countedSide = statsA ? "b" : "a";
  const counts = (terms: TermScope, list: KeynessSide) => Prisma.sql`
    WITH o AS (${passageTermCounts(counted, broad, { terms, minCount: 1, onlyA: true, sample })}),
         w AS (${statsTermCounts(broad, null, { terms, minCount: 1, amongStems: list === countedSide ? Prisma.sql`(SELECT key FROM o)` : undefined })})
    SELECT COALESCE(o.key, w.key) AS key, COALESCE(o.key, w.key) AS term, COALESCE(o.n, w.n) AS n,
           ${side(x, "a")} AS a, ${side(y, "a")} AS b, ${side(x, '"docsA"')} AS "docsA", ${side(y, '"docsA"')} AS "docsB",
           ${side(x, '"articlesA"')} AS "articlesA", ${side(y, '"articlesA"')} AS "articlesB"
    FROM o ${list === countedSide ? Prisma.sql`LEFT` : Prisma.sql`FULL`} JOIN w ON w.key = o.key
    WHERE COALESCE(o.a, 0) + COALESCE(w.a, 0) - COALESCE(o.b, 0) >= ${MIN_COUNT}`;
  const [t, u] = statsA ? [wide, own] : [own, wide];
  return { counts, totals: { tokensA: t.tokensA, passagesA: t.passagesA, tokensB: u.tokensA, passagesB: u.passagesA } };
}

/** Remembered while the database is unchanged (lib/queries/plan/rememberedReads.ts). */
export const getKeyness = rememberedReads.wrap("getKeyness", computeKeyness);
