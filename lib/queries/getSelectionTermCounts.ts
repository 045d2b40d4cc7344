// Term counts for two selections side by side, the raw material of keyness: per term, occurrences,
// passages and articles in A and in B; plus each side's token and passage totals.
import { getPrisma, Prisma } from "../db";
import type { TermCounts } from "../analysis/keyness";
import type { Filters } from "../schema";
import { passageFilter } from "./passageFilter";

export interface SelectionTotals { tokensA: number; tokensB: number; passagesA: number; passagesB: number }

export async function getSelectionTermCounts(
  a: Partial<Filters>, b: Partial<Filters>, options: { minCount?: number; maxN?: number } = {},
): Promise<{ rows: TermCounts[]; totals: SelectionTotals }> {
  const prisma = getPrisma();
  const inA = passageFilter(a);
  const inB = passageFilter(b);
  const selected = Prisma.sql`
    SELECT p.id, p.article_id, (${inA}) AS in_a, (${inB}) AS in_b FROM passage p WHERE (${inA}) OR (${inB})`;
  const [totals] = await prisma.$queryRaw<SelectionTotals[]>(Prisma.sql`
    WITH s AS (${selected})
    SELECT COALESCE((SELECT SUM(t.count) FROM passage_term t JOIN s ON s.id = t.passage_id WHERE t.n = 1 AND s.in_a), 0)::int AS "tokensA",
           COALESCE((SELECT SUM(t.count) FROM passage_term t JOIN s ON s.id = t.passage_id WHERE t.n = 1 AND s.in_b), 0)::int AS "tokensB",
           (SELECT COUNT(*) FROM s WHERE in_a)::int AS "passagesA",
           (SELECT COUNT(*) FROM s WHERE in_b)::int AS "passagesB"`);
  const rows = await prisma.$queryRaw<TermCounts[]>(Prisma.sql`
    WITH s AS (${selected}),
    hits AS (
      SELECT t.stem, t.surface, t.n, t.count, t.passage_id, s.article_id, s.in_a, s.in_b
      FROM passage_term t JOIN s ON s.id = t.passage_id
      WHERE t.n <= ${options.maxN ?? 3}
    ),
    surfaces AS (
      SELECT stem, surface, SUM(count) AS total FROM hits GROUP BY stem, surface
    ),
    named AS (
      SELECT stem, (array_agg(surface ORDER BY total DESC, surface))[1] AS term FROM surfaces GROUP BY stem
    )
    SELECT h.stem AS key, n.term, MIN(h.n)::int AS n,
           COALESCE(SUM(h.count) FILTER (WHERE h.in_a), 0)::int AS a,
           COALESCE(SUM(h.count) FILTER (WHERE h.in_b), 0)::int AS b,
           COUNT(DISTINCT h.passage_id) FILTER (WHERE h.in_a)::int AS "docsA",
           COUNT(DISTINCT h.passage_id) FILTER (WHERE h.in_b)::int AS "docsB",
           COUNT(DISTINCT h.article_id) FILTER (WHERE h.in_a)::int AS "articlesA",
           COUNT(DISTINCT h.article_id) FILTER (WHERE h.in_b)::int AS "articlesB"
    FROM hits h JOIN named n ON n.stem = h.stem
    GROUP BY h.stem, n.term
    HAVING SUM(h.count) >= ${options.minCount ?? 3}`);
  return { rows, totals };
}
