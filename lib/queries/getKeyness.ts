// Terms most typical of selection A against B and of B against A, ranked by the log-odds z-score. Each side
// is read from the precomputed statistics when its filters are whole months of framings and outlets, from
// the passages when a search, a term, a label view or day-precision dates ask for more. Either way the
// terms are counted and ranked in one query, and only the rows shown leave the database.
import { keyness, type KeynessRow, largestZ, type TermCounts } from "../analysis/keyness";
import { getPrisma, Prisma } from "../db";
import type { Filters } from "../schema";
import { getTermNames } from "./getTermNames";
import { rankedByKeyness } from "./rankedByKeyness";
import { statsCanAnswer } from "./statFilter";
import { PHRASE_MIN_COUNT as MIN_COUNT } from "./statGrains";
import { passageSelectionTotals, passageTermCounts, type SelectionTotals } from "./termCountsFromPassages";
import { statsSelectionTotals, statsTermCounts } from "./termCountsFromStats";

export interface KeynessResult { totals: SelectionTotals; typicalOfA: KeynessRow[]; typicalOfB: KeynessRow[] }

export async function getKeyness(
  a: Partial<Filters>, b: Partial<Filters>,
  options: {
    limit?: number; minArticles?: number; phrases?: boolean;
    /** over the statistics, how many of the corpus's most frequent terms are ranked first (rankedFromStats); Infinity ranks all at once */
    firstTerms?: number;
  } = {},
): Promise<KeynessResult> {
  const [statsA, statsB] = [statsCanAnswer(a), statsCanAnswer(b)];
  const minArticles = options.minArticles ?? 2;
  const limit = options.limit ?? 40;
  const maxN = options.phrases === false ? 1 : 3;
  const top = { limit, minArticles };
  let result: { rows: TermCounts[]; totals: SelectionTotals };
  if (statsA && statsB) {
    const totals = await statsSelectionTotals(a, b);
    result = { totals, rows: totals.tokensA && totals.tokensB ? await rankedFromStats(a, b, totals, maxN, top, options.firstTerms ?? FIRST_TERMS) : [] };
  } else {
    const { counts, totals } = statsA || statsB
      ? await sideBySide(a, b, statsA, maxN)
      : { counts: passageTermCounts(a, b, { maxN }), totals: await passageSelectionTotals(a, b) };
    result = { totals, rows: totals.tokensA && totals.tokensB ? await getPrisma().$queryRaw<TermCounts[]>(rankedByKeyness(counts, totals, top)) : [] };
  }
  const { rows, totals } = result;
  if (!totals.tokensA || !totals.tokensB) return { totals, typicalOfA: [], typicalOfB: [] };
  const { typicalOfA, typicalOfB } = shown(rows, totals, top);
  const names = await getTermNames([...typicalOfA, ...typicalOfB].map((r) => r.key));
  for (const r of [...typicalOfA, ...typicalOfB]) r.term = names.get(r.key) ?? r.key;
  return { totals, typicalOfA, typicalOfB };
}

/**
 * One selection the statistics can answer (a framing, say) against one they cannot (a search): the broad side
 * read from the statistics, the other counted from its passages, so that the broad side is not counted
 * passage by passage (a search against a whole framing took 30 s at 100,000 passages), and the two joined
 * in the database. The minimum count applies, as elsewhere, to the union of the two selections: the
 * passages side also counts what lies in both (its B columns). Exact: a term missing from the statistics
 * side is a phrase seen fewer than PHRASE_MIN_COUNT times in the corpus, which the minimum count drops anyway.
 */
async function sideBySide(a: Partial<Filters>, b: Partial<Filters>, statsA: boolean, maxN: number): Promise<{ counts: Prisma.Sql; totals: SelectionTotals }> {
  const [counted, broad] = statsA ? [b, a] : [a, b];
  const [own, wide] = await Promise.all([
    passageSelectionTotals(counted, null),
    statsSelectionTotals(broad, null),
  ]);
  // `o`: the counted side (A columns) and its overlap with the broad side (B columns); `w`: the broad side
  const side = (t: "o" | "w", col: "a" | '"docsA"' | '"articlesA"') => Prisma.raw(`COALESCE(${t}.${col}, 0)`);
  const [x, y] = statsA ? ["w", "o"] as const : ["o", "w"] as const;
  const counts = Prisma.sql`
    WITH o AS (${passageTermCounts(counted, broad, { maxN, minCount: 1, onlyA: true })}),
         w AS (${statsTermCounts(broad, null, { maxN, minCount: 1 })})
    SELECT COALESCE(o.key, w.key) AS key, COALESCE(o.key, w.key) AS term, COALESCE(o.n, w.n) AS n,
           ${side(x, "a")} AS a, ${side(y, "a")} AS b, ${side(x, '"docsA"')} AS "docsA", ${side(y, '"docsA"')} AS "docsB",
           ${side(x, '"articlesA"')} AS "articlesA", ${side(y, '"articlesA"')} AS "articlesB"
    FROM o FULL JOIN w ON w.key = o.key
    WHERE COALESCE(o.a, 0) + COALESCE(w.a, 0) - COALESCE(o.b, 0) >= ${MIN_COUNT}`;
  const [t, u] = statsA ? [wide, own] : [own, wide];
  return { counts, totals: { tokensA: t.tokensA, passagesA: t.passagesA, tokensB: u.tokensA, passagesB: u.passagesA } };
}

/** The rows scored again in full (G², log ratio) and ordered as the SQL did, ties by key. */
function shown(rows: TermCounts[], totals: SelectionTotals, { limit, minArticles }: { limit: number; minArticles: number }) {
  const scored = keyness(rows, totals.tokensA, totals.tokensB);
  return {
    typicalOfA: scored.filter((r) => r.z > 0 && r.articlesA >= minArticles).sort((x, y) => y.z - x.z || x.key.localeCompare(y.key)).slice(0, limit),
    typicalOfB: scored.filter((r) => r.z < 0 && r.articlesB >= minArticles).sort((x, y) => x.z - y.z || x.key.localeCompare(y.key)).slice(0, limit),
  };
}

/** Terms counted first: the most frequent this many in the corpus. */
const FIRST_TERMS = 5_000;

/**
 * Keyness over the statistics without ranking every term both selections hold (hundreds of thousands of
 * phrases in a large corpus). A term seen fewer than m times in the corpus is seen at most 2(m − 1) times
 * in A and B (they may overlap), so its |z| is at most largestZ(2(m − 1)). The most frequent terms are
 * ranked first; if the weakest z shown on either side beats what any term left out could reach, that is the
 * answer, exactly. Otherwise the terms down to the count that could still reach it are ranked, and that
 * answer is exact (more terms only raise the weakest z shown).
 */
async function rankedFromStats(
  a: Partial<Filters>, b: Partial<Filters>, totals: SelectionTotals, maxN: number, top: { limit: number; minArticles: number }, firstTerms: number,
): Promise<TermCounts[]> {
  const rank = (seenAtLeast?: number) => getPrisma().$queryRaw<TermCounts[]>(rankedByKeyness(statsTermCounts(a, b, { maxN, seenAtLeast }), totals, top));
  if (!Number.isFinite(firstTerms)) return rank();
  const [threshold] = await getPrisma().$queryRaw<{ count: number }[]>`SELECT count FROM term ORDER BY count DESC OFFSET ${firstTerms - 1} LIMIT 1`;
  const leftOutBound = (seenAtLeast: number) => largestZ(2 * (seenAtLeast - 1), totals.tokensA, totals.tokensB);
  if (!threshold || threshold.count <= 1 || leftOutBound(threshold.count) === null) return rank();
  const rows = await rank(threshold.count);
  const { typicalOfA, typicalOfB } = shown(rows, totals, top);
  // the weakest |z| shown on each side; a side with fewer rows than the limit could take any term
  const weakest = Math.min(...[typicalOfA, typicalOfB].map((side) => (side.length < top.limit ? 0 : Math.abs(side[side.length - 1].z))));
  if (leftOutBound(threshold.count)! < weakest) return rows;
  // the lowest corpus count whose terms could still reach the weakest shown: binary search, the bound grows with the count
  let [low, high] = [1, threshold.count]; // leftOutBound(low) < weakest, leftOutBound(high) >= weakest
  if (!(leftOutBound(low)! < weakest)) return rank();
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (leftOutBound(mid)! < weakest) low = mid;
    else high = mid;
  }
  return rank(low);
}
