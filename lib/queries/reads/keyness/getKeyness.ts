// Terms most typical of selection A against B and of B against A, ranked by the log-odds z-score. Each side
// is read from the precomputed statistics when its filters are whole months of framings and outlets, from
// the passages when a search, a term, a label view or day-precision dates ask for more. One branch per store:
// with a statistics cube loaded, the statistics' sides are summed and every term scored in memory (a side
// counted from its passages comes in once, as columns); without one (while it loads, just after a write,
// STATS_CUBE=off) every term is counted and ranked in the database, and only the rows shown leave it
// (docs/decisions/010-keyness-stores.md). Both give the same rows, article counts included.
import { keyness, type KeynessRow, type TermCounts } from "../../../analysis/keyness";
import { getPrisma, Prisma } from "../../../db";
import type { Filters } from "../../../schema";
import { getTermNames } from "../getTermNames";
import { rankedByKeyness } from "./rankedByKeyness";
import { PHRASE_MIN_COUNT as MIN_COUNT } from "../../stats/statGrains";
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

/** Each side's totals, and its term counts (a query to nest). */
interface Counter { totals: SelectionTotals; counts: Prisma.Sql }

/** `phrases`: false ranks single words only. */
async function computeKeyness(
  a: Partial<Filters>, b: Partial<Filters>, options: { limit?: number; minArticles?: number; phrases?: boolean } = {},
): Promise<KeynessResult> {
  const top = { limit: options.limit ?? 40, minArticles: options.minArticles ?? 2 };
  const phrases = options.phrases !== false;
  // each side planned on its own: a side is whole statistics cells or is counted from its passages
  const [planA, planB] = await Promise.all([planRead(a, { cube: true, stats: true }), planRead(b, { cube: true, stats: true })]);
  const [statsA, statsB] = [planA.store !== "passages", planB.store !== "passages"];
  const scoring = { ...top, minCount: MIN_COUNT, phrases };
  // both sides whole months of framings and outlets: every term summed and scored in memory
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
  // no cube: counted and ranked in the database
  const { totals, counts } = await counterFor(planA.filters, planB.filters, statsA, statsB, phrases, sample);
  if (!totals.tokensA || !totals.tokensB) return { totals, typicalOfA: [], typicalOfB: [], sample };
  return shown(await getPrisma().$queryRaw<TermCounts[]>(rankedByKeyness(counts, totals, top)), totals, top, sample);
}

/** The rows shown, named, of the candidates ranked. */
async function shown(rows: TermCounts[], totals: SelectionTotals, top: { limit: number; minArticles: number }, sample: TermSample | null): Promise<KeynessResult> {
  // scored again in full (G², log ratio) and ordered as the SQL did, ties by key
  const scored = keyness(rows, totals.tokensA, totals.tokensB);
  const typicalOfA = scored.filter((r) => r.z > 0 && r.articlesA >= top.minArticles).sort((x, y) => y.z - x.z || x.key.localeCompare(y.key)).slice(0, top.limit);
  const typicalOfB = scored.filter((r) => r.z < 0 && r.articlesB >= top.minArticles).sort((x, y) => x.z - y.z || x.key.localeCompare(y.key)).slice(0, top.limit);
  const names = await getTermNames([...typicalOfA, ...typicalOfB].map((r) => r.key));
  for (const r of [...typicalOfA, ...typicalOfB]) r.term = names.get(r.key) ?? r.key;
  return { totals, typicalOfA, typicalOfB, sample };
}

async function counterFor(a: PlannedFilters, b: PlannedFilters, statsA: boolean, statsB: boolean, phrases: boolean, sample: TermSample | null): Promise<Counter> {
  if (statsA && statsB) return { totals: await statsSelectionTotals(a, b), counts: statsTermCounts(a, b, { phrases }) };
  if (statsA || statsB) return sideBySide(a, b, statsA, phrases, sample);
  return { totals: await passageSelectionTotals(a, b, sample), counts: passageTermCounts(a, b, { phrases, sample }) };
}

/**
 * One selection the statistics can answer (a framing, say) against one they cannot (a search): the broad side
 * read from the statistics, the other counted from its passages, so that the broad side is not counted
 * passage by passage (a search against a whole framing took 30 s at 100,000 passages), and the two joined
 * in the database. The minimum count applies, as elsewhere, to the union of the two selections: the
 * passages side also counts what lies in both (its B columns). Exact: a term missing from the statistics
 * side is a phrase seen fewer than PHRASE_MIN_COUNT times in the corpus, which the minimum count drops anyway.
 */
async function sideBySide(a: PlannedFilters, b: PlannedFilters, statsA: boolean, phrases: boolean, sample: TermSample | null): Promise<Counter> {
  const [counted, broad] = statsA ? [b, a] : [a, b];
  const [own, wide] = await Promise.all([
    passageSelectionTotals(counted, null, sample),
    statsSelectionTotals(broad, null),
  ]);
  // `o`: the counted side (A columns) and its overlap with the broad side (B columns); `w`: the broad side
  const side = (t: "o" | "w", col: "a" | '"docsA"' | '"articlesA"') => Prisma.raw(`COALESCE(${t}.${col}, 0)`);
  const [x, y] = statsA ? ["w", "o"] as const : ["o", "w"] as const;
  const counts = Prisma.sql`
    WITH o AS (${passageTermCounts(counted, broad, { phrases, minCount: 1, onlyA: true, sample })}),
         w AS (${statsTermCounts(broad, null, { phrases, minCount: 1 })})
    SELECT COALESCE(o.key, w.key) AS key, COALESCE(o.key, w.key) AS term, COALESCE(o.n, w.n) AS n,
           ${side(x, "a")} AS a, ${side(y, "a")} AS b, ${side(x, '"docsA"')} AS "docsA", ${side(y, '"docsA"')} AS "docsB",
           ${side(x, '"articlesA"')} AS "articlesA", ${side(y, '"articlesA"')} AS "articlesB"
    FROM o FULL JOIN w ON w.key = o.key
    WHERE COALESCE(o.a, 0) + COALESCE(w.a, 0) - COALESCE(o.b, 0) >= ${MIN_COUNT}`;
  const [t, u] = statsA ? [wide, own] : [own, wide];
  return { counts, totals: { tokensA: t.tokensA, passagesA: t.passagesA, tokensB: u.tokensA, passagesB: u.passagesA } };
}

/** Remembered while the database is unchanged (lib/queries/plan/rememberedReads.ts). */
export const getKeyness = rememberedReads.wrap("getKeyness", computeKeyness);
