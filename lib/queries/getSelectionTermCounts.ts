// Term counts for two selections side by side, the raw material of keyness: per term, occurrences,
// passages and articles in A and in B; plus each side's token and passage totals. Terms come back unnamed
// (term = key): the caller names the ones it shows (getTermNames).
import { getPrisma, Prisma } from "../db";
import type { TermCounts } from "../analysis/keyness";
import type { Filters } from "../schema";
import { passageFilter } from "./passageFilter";
import { unnestTerms } from "./passageTermRows";

export interface SelectionTotals { tokensA: number; tokensB: number; passagesA: number; passagesB: number }

export async function getSelectionTermCounts(
  a: Partial<Filters>, b: Partial<Filters>,
  /** onlyA: count only A's passages (B's columns then count the passages in both) */
  options: { minCount?: number; maxN?: number; onlyA?: boolean } = {},
): Promise<{ rows: TermCounts[]; totals: SelectionTotals }> {
  const prisma = getPrisma();
  const inA = passageFilter(a);
  const inB = passageFilter(b);
  const selected = Prisma.sql`
    SELECT p.id, p.article_id, (${inA}) AS in_a, (${inB}) AS in_b FROM passage p WHERE ${options.onlyA ? inA : Prisma.sql`(${inA}) OR (${inB})`}`;
  const [totals] = await prisma.$queryRaw<SelectionTotals[]>(Prisma.sql`
    WITH s AS (${selected})
    SELECT COALESCE((SELECT SUM(v.tokens) FROM passage_terms v JOIN s ON s.id = v.passage_id WHERE s.in_a), 0)::int AS "tokensA",
           COALESCE((SELECT SUM(v.tokens) FROM passage_terms v JOIN s ON s.id = v.passage_id WHERE s.in_b), 0)::int AS "tokensB",
           (SELECT COUNT(*) FROM s WHERE in_a)::int AS "passagesA",
           (SELECT COUNT(*) FROM s WHERE in_b)::int AS "passagesB"`);
  // counted by term id first, named after: a term occurs at most once in a passage's vector
  const rows = await prisma.$queryRaw<TermCounts[]>(Prisma.sql`
    WITH s AS (${selected}),
    hits AS (
      SELECT u.term_id, u.count, s.article_id, s.in_a, s.in_b
      FROM s JOIN passage_terms v ON v.passage_id = s.id CROSS JOIN LATERAL ${unnestTerms({ wordsOnly: (options.maxN ?? 3) === 1 })}
    ),
    counted AS (
      SELECT term_id,
             COALESCE(SUM(count) FILTER (WHERE in_a), 0)::int AS a,
             COALESCE(SUM(count) FILTER (WHERE in_b), 0)::int AS b,
             COUNT(*) FILTER (WHERE in_a)::int AS "docsA",
             COUNT(*) FILTER (WHERE in_b)::int AS "docsB",
             COUNT(DISTINCT article_id) FILTER (WHERE in_a)::int AS "articlesA",
             COUNT(DISTINCT article_id) FILTER (WHERE in_b)::int AS "articlesB"
      FROM hits GROUP BY term_id HAVING SUM(count) >= ${options.minCount ?? 3}
    )
    SELECT d.stem AS key, d.stem AS term, d.n::int AS n, c.a, c.b, c."docsA", c."docsB", c."articlesA", c."articlesB"
    FROM counted c JOIN term d ON d.id = c.term_id
    WHERE d.n <= ${options.maxN ?? 3}`);
  return { rows, totals };
}
