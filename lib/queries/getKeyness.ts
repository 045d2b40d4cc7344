// Terms most typical of selection A against B and of B against A, ranked by the log-odds z-score. Read from
// the precomputed statistics when both selections are whole months of framings and outlets; from the
// passages when a search, a term, a label view or day-precision dates ask for more.
import { keyness, type KeynessRow } from "../analysis/keyness";
import type { Filters } from "../schema";
import { getSelectionTermCounts, type SelectionTotals } from "./getSelectionTermCounts";
import { getSelectionTermCountsFromStats } from "./getSelectionTermCountsFromStats";
import { getTermNames } from "./getTermNames";
import { statsCanAnswer } from "./statFilter";

export interface KeynessResult { totals: SelectionTotals; typicalOfA: KeynessRow[]; typicalOfB: KeynessRow[] }

export async function getKeyness(
  a: Partial<Filters>, b: Partial<Filters>, options: { limit?: number; minArticles?: number; phrases?: boolean } = {},
): Promise<KeynessResult> {
  const fromStats = statsCanAnswer(a) && statsCanAnswer(b);
  const minArticles = options.minArticles ?? 2;
  const limit = options.limit ?? 40;
  const maxN = options.phrases === false ? 1 : 3;
  // the statistics rank in SQL and return only the rows shown; the same filters and order apply below
  const { rows, totals } = fromStats
    ? await getSelectionTermCountsFromStats(a, b, { maxN, top: { limit, minArticles } })
    : await getSelectionTermCounts(a, b, { maxN });
  if (!totals.tokensA || !totals.tokensB) return { totals, typicalOfA: [], typicalOfB: [] };
  const scored = keyness(rows, totals.tokensA, totals.tokensB);
  const typicalOfA = scored.filter((r) => r.z > 0 && r.articlesA >= minArticles).sort((x, y) => y.z - x.z || x.key.localeCompare(y.key)).slice(0, limit);
  const typicalOfB = scored.filter((r) => r.z < 0 && r.articlesB >= minArticles).sort((x, y) => x.z - y.z || x.key.localeCompare(y.key)).slice(0, limit);
  const names = await getTermNames([...typicalOfA, ...typicalOfB].map((r) => r.key));
  for (const r of [...typicalOfA, ...typicalOfB]) r.term = names.get(r.key) ?? r.key;
  return { totals, typicalOfA, typicalOfB };
}
