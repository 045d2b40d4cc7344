// Terms most typical of selection A against B and of B against A, ranked by the log-odds z-score.
import { keyness, type KeynessRow } from "../analysis/keyness";
import type { Filters } from "../schema";
import { getSelectionTermCounts, type SelectionTotals } from "./getSelectionTermCounts";

export interface KeynessResult { totals: SelectionTotals; typicalOfA: KeynessRow[]; typicalOfB: KeynessRow[] }

export async function getKeyness(
  a: Partial<Filters>, b: Partial<Filters>, options: { limit?: number; minArticles?: number; phrases?: boolean } = {},
): Promise<KeynessResult> {
  const { rows, totals } = await getSelectionTermCounts(a, b, { maxN: options.phrases === false ? 1 : 3 });
  if (!totals.tokensA || !totals.tokensB) return { totals, typicalOfA: [], typicalOfB: [] };
  const minArticles = options.minArticles ?? 2;
  const scored = keyness(rows, totals.tokensA, totals.tokensB);
  const limit = options.limit ?? 40;
  return {
    totals,
    typicalOfA: scored.filter((r) => r.z > 0 && r.articlesA >= minArticles).sort((x, y) => y.z - x.z).slice(0, limit),
    typicalOfB: scored.filter((r) => r.z < 0 && r.articlesB >= minArticles).sort((x, y) => x.z - y.z).slice(0, limit),
  };
}
