// The raw material of keyness (see getSelectionTermCounts) read from the precomputed framing × outlet ×
// month statistics instead of the passages: one row per cell rather than per passage and term. Only for
// selections the statistics can answer (statsCanAnswer). Rows are keyed by stem; `term` is the stem until
// getTermNames names the ones shown. Phrases seen fewer than PHRASE_MIN_COUNT times in the corpus are not in
// the statistics; with the default minimum count (3) they could not qualify anyway. An article counts once per framing it uses a term in, so for a
// selection spanning several framings `articlesA`/`articlesB` may count one article more than once.
import { getPrisma, Prisma } from "../db";
import type { TermCounts } from "../analysis/keyness";
import type { Filters } from "../schema";
import type { SelectionTotals } from "./getSelectionTermCounts";
import { statFilter } from "./statFilter";
import { termStatFilter } from "./termStatFilter";

export async function getSelectionTermCountsFromStats(
  a: Partial<Filters>, b: Partial<Filters>,
  options: { minCount?: number; maxN?: number; top?: { limit: number; minArticles: number } } = {},
): Promise<{ rows: TermCounts[]; totals: SelectionTotals }> {
  const prisma = getPrisma();
  const [inA, inB] = [statFilter(a), statFilter(b)];
  const [totals] = await prisma.$queryRaw<SelectionTotals[]>(Prisma.sql`
    SELECT COALESCE(SUM(s.tokens) FILTER (WHERE ${inA}), 0)::int AS "tokensA", COALESCE(SUM(s.tokens) FILTER (WHERE ${inB}), 0)::int AS "tokensB",
           COALESCE(SUM(s.passages) FILTER (WHERE ${inA}), 0)::int AS "passagesA", COALESCE(SUM(s.passages) FILTER (WHERE ${inB}), 0)::int AS "passagesB"
    FROM passage_stat s WHERE (${inA}) OR (${inB})`);
  // each side reads the rows of the grain that answers its filters (termStatFilter)
  const [termsA, termsB] = [termStatFilter(a), termStatFilter(b)];
  const cells = (table: Prisma.Sql) => Prisma.sql`
    SELECT s.stem, s.n, s.count, s.passages, s.articles, (${termsA}) AS in_a, (${termsB}) AS in_b FROM ${table} s WHERE (${termsA}) OR (${termsB})`;
  const all = (options.maxN ?? 3) > 1
    ? Prisma.sql`${cells(Prisma.sql`term_stat`)} UNION ALL ${cells(Prisma.sql`phrase_stat`)}`
    : cells(Prisma.sql`term_stat`);
  const counts = Prisma.sql`
    SELECT c.stem AS key, c.stem AS term, MIN(c.n)::int AS n,
           COALESCE(SUM(c.count) FILTER (WHERE c.in_a), 0)::int AS a, COALESCE(SUM(c.count) FILTER (WHERE c.in_b), 0)::int AS b,
           COALESCE(SUM(c.passages) FILTER (WHERE c.in_a), 0)::int AS "docsA", COALESCE(SUM(c.passages) FILTER (WHERE c.in_b), 0)::int AS "docsB",
           COALESCE(SUM(c.articles) FILTER (WHERE c.in_a), 0)::int AS "articlesA", COALESCE(SUM(c.articles) FILTER (WHERE c.in_b), 0)::int AS "articlesB"
    FROM (${all}) c
    WHERE c.n <= ${options.maxN ?? 3}
    GROUP BY c.stem
    HAVING SUM(c.count) >= ${options.minCount ?? 3}`;
  if (!options.top || !totals.tokensA || !totals.tokensB) return { rows: await prisma.$queryRaw<TermCounts[]>(counts), totals };
  // Only the rows keyness will show: ranked here by the same log-odds z-score as lib/analysis/keyness
  // (α = a + b, α0 = the two token totals), so that thousands of rows need not travel to be scored.
  const { limit, minArticles } = options.top;
  const [nA, nB] = [Prisma.sql`${totals.tokensA}::float8`, Prisma.sql`${totals.tokensB}::float8`];
  const rows = await prisma.$queryRaw<TermCounts[]>(Prisma.sql`
    WITH counts AS (${counts}), scored AS (
      SELECT c.*, (ln((2 * c.a + c.b) / (2 * ${nA} + ${nB} - 2 * c.a - c.b)) - ln((c.a + 2 * c.b) / (${nA} + 2 * ${nB} - c.a - 2 * c.b)))
                  / sqrt(1.0 / (2 * c.a + c.b) + 1.0 / (c.a + 2 * c.b)) AS z
      FROM counts c
    )
    (SELECT key, term, n, a, b, "docsA", "docsB", "articlesA", "articlesB" FROM scored
     WHERE z > 0 AND "articlesA" >= ${minArticles} ORDER BY z DESC, key LIMIT ${limit})
    UNION ALL
    (SELECT key, term, n, a, b, "docsA", "docsB", "articlesA", "articlesB" FROM scored
     WHERE z < 0 AND "articlesB" >= ${minArticles} ORDER BY z, key LIMIT ${limit})`);
  return { rows, totals };
}
