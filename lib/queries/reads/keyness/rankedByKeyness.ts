// Of a query's TermCounts rows, only those keyness will show: ranked in SQL by the same log-odds z-score as
// lib/analysis/keyness (α = a + b, α0 = the two token totals), so that the thousands of rows a selection
// holds need not travel to be scored. The caller scores the returned rows again in full (G², log ratio).
import { Prisma } from "../../../db";
import type { SelectionTotals } from "./termCountsFromPassages";

/** The rows typical of A (z > 0) and those typical of B (z < 0), each list's top `limit`. */
export function rankedByKeyness(counts: Prisma.Sql, totals: SelectionTotals, top: { limit: number; minArticles: number }): Prisma.Sql {
  const [nA, nB] = [Prisma.sql`${totals.tokensA}::float8`, Prisma.sql`${totals.tokensB}::float8`];
  const typicalOfA = Prisma.sql`(SELECT key, term, n, a, b, "docsA", "docsB", "articlesA", "articlesB" FROM scored
     WHERE z > 0 AND "articlesA" >= ${top.minArticles} ORDER BY z DESC, key LIMIT ${top.limit})`;
  const typicalOfB = Prisma.sql`(SELECT key, term, n, a, b, "docsA", "docsB", "articlesA", "articlesB" FROM scored
     WHERE z < 0 AND "articlesB" >= ${top.minArticles} ORDER BY z, key LIMIT ${top.limit})`;
  return Prisma.sql`
    WITH counts AS (${counts}), scored AS (
      SELECT c.*, (ln((2 * c.a + c.b) / (2 * ${nA} + ${nB} - 2 * c.a - c.b)) - ln((c.a + 2 * c.b) / (${nA} + 2 * ${nB} - c.a - 2 * c.b)))
                  / sqrt(1.0 / (2 * c.a + c.b) + 1.0 / (c.a + 2 * c.b)) AS z
      FROM counts c
    )
    ${typicalOfA} UNION ALL ${typicalOfB}`;
}
