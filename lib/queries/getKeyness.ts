// Terms most typical of selection A against B and of B against A, ranked by the log-odds z-score. Each side
// is read from the precomputed statistics when its filters are whole months of framings and outlets, from
// the passages when a search, a term, a label view or day-precision dates ask for more. Either way the
// terms are counted and ranked in one query, and only the rows shown leave the database.
import { keyness, type KeynessRow, type TermCounts } from "../analysis/keyness";
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
  a: Partial<Filters>, b: Partial<Filters>, options: { limit?: number; minArticles?: number; phrases?: boolean } = {},
): Promise<KeynessResult> {
  const [statsA, statsB] = [statsCanAnswer(a), statsCanAnswer(b)];
  const minArticles = options.minArticles ?? 2;
  const limit = options.limit ?? 40;
  const maxN = options.phrases === false ? 1 : 3;
  const { counts, totals } = statsA && statsB
    ? { counts: statsTermCounts(a, b, { maxN }), totals: await statsSelectionTotals(a, b) }
    : statsA || statsB
      ? await sideBySide(a, b, statsA, maxN)
      : { counts: passageTermCounts(a, b, { maxN }), totals: await passageSelectionTotals(a, b) };
  if (!totals.tokensA || !totals.tokensB) return { totals, typicalOfA: [], typicalOfB: [] };
  const rows = await getPrisma().$queryRaw<TermCounts[]>(rankedByKeyness(counts, totals, { limit, minArticles }));
  // scored again in full (G², log ratio) and ordered as the SQL did, ties by key
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
