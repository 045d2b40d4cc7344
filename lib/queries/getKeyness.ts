// Terms most typical of selection A against B and of B against A, ranked by the log-odds z-score. Read from
// the precomputed statistics when both selections are whole months of framings and outlets; from the
// passages when a search, a term, a label view or day-precision dates ask for more.
import { keyness, type KeynessRow, type TermCounts } from "../analysis/keyness";
import type { Filters } from "../schema";
import { getSelectionTermCounts, type SelectionTotals } from "./getSelectionTermCounts";
import { getSelectionTermCountsFromStats } from "./getSelectionTermCountsFromStats";
import { getTermNames } from "./getTermNames";
import { statsCanAnswer } from "./statFilter";
import { PHRASE_MIN_COUNT as MIN_COUNT } from "./statGrains";

export interface KeynessResult { totals: SelectionTotals; typicalOfA: KeynessRow[]; typicalOfB: KeynessRow[] }

export async function getKeyness(
  a: Partial<Filters>, b: Partial<Filters>, options: { limit?: number; minArticles?: number; phrases?: boolean } = {},
): Promise<KeynessResult> {
  const [statsA, statsB] = [statsCanAnswer(a), statsCanAnswer(b)];
  const minArticles = options.minArticles ?? 2;
  const limit = options.limit ?? 40;
  const maxN = options.phrases === false ? 1 : 3;
  // the statistics rank in SQL and return only the rows shown; the same filters and order apply below
  const { rows, totals } = statsA && statsB
    ? await getSelectionTermCountsFromStats(a, b, { maxN, top: { limit, minArticles } })
    : statsA || statsB
      ? await sideBySide(a, b, statsA, maxN)
      : await getSelectionTermCounts(a, b, { maxN });
  if (!totals.tokensA || !totals.tokensB) return { totals, typicalOfA: [], typicalOfB: [] };
  const scored = keyness(rows, totals.tokensA, totals.tokensB);
  const typicalOfA = scored.filter((r) => r.z > 0 && r.articlesA >= minArticles).sort((x, y) => y.z - x.z || x.key.localeCompare(y.key)).slice(0, limit);
  const typicalOfB = scored.filter((r) => r.z < 0 && r.articlesB >= minArticles).sort((x, y) => x.z - y.z || x.key.localeCompare(y.key)).slice(0, limit);
  const names = await getTermNames([...typicalOfA, ...typicalOfB].map((r) => r.key));
  for (const r of [...typicalOfA, ...typicalOfB]) r.term = names.get(r.key) ?? r.key;
  return { totals, typicalOfA, typicalOfB };
}

/**
 * One selection the statistics can answer (a framing, say) against one they cannot (a search): the broad side
 * read from the statistics, the other counted from its passages, so that the broad side is not counted
 * passage by passage (a search against a whole framing took 30 s at 100,000 passages). The minimum count
 * applies, as elsewhere, to the union of the two selections: the passages side also counts what lies in
 * both. Exact: a term missing from the statistics side is a phrase seen fewer than PHRASE_MIN_COUNT times in
 * the corpus, which the minimum count drops anyway.
 */
async function sideBySide(a: Partial<Filters>, b: Partial<Filters>, statsA: boolean, maxN: number) {
  const [counted, broad] = statsA ? [b, a] : [a, b];
  const [fromPassages, fromStats] = await Promise.all([
    getSelectionTermCounts(counted, broad, { maxN, minCount: 1, onlyA: true }),
    getSelectionTermCountsFromStats(broad, broad, { maxN, minCount: 1 }),
  ]);
  // per term: the counted side's figures and the overlap (its passages that the broad side also selects)
  const own = new Map(fromPassages.rows.map((r) => [r.key, r]));
  const keys = new Set([...own.keys(), ...fromStats.rows.map((r) => r.key)]);
  const broadOf = new Map(fromStats.rows.map((r) => [r.key, r]));
  const rows: TermCounts[] = [];
  for (const key of keys) {
    const c = own.get(key);
    const w = broadOf.get(key);
    if ((c?.a ?? 0) + (w?.a ?? 0) - (c?.b ?? 0) < MIN_COUNT) continue;
    const n = (c ?? w)!.n;
    const side = (r: TermCounts | undefined) => ({ count: r?.a ?? 0, docs: r?.docsA ?? 0, articles: r?.articlesA ?? 0 });
    const [x, y] = statsA ? [side(w), side(c)] : [side(c), side(w)];
    rows.push({ key, term: key, n, a: x.count, b: y.count, docsA: x.docs, docsB: y.docs, articlesA: x.articles, articlesB: y.articles });
  }
  const [t, u] = statsA ? [fromStats.totals, fromPassages.totals] : [fromPassages.totals, fromStats.totals];
  return { rows, totals: { tokensA: t.tokensA, passagesA: t.passagesA, tokensB: u.tokensA, passagesB: u.passagesA } };
}
