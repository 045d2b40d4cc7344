// Term counts for two selections side by side, the raw material of keyness, counted from the passages: per
// term, occurrences, passages and articles in A and in B; plus each side's token and passage totals. For
// selections the precomputed statistics cannot answer (a search, a term, a label view, days). Rows are keyed
// by stem and come back unnamed (term = key): the caller names the ones it shows (getTermNames).
import { getPrisma, Prisma } from "../../../db";
import { type PlannedFilters, passageFilter } from "../../sql/passageFilter";
import { unnestTerms } from "../../sql/passageTermRows";
import { passagesToCount, type TermSample } from "../../plan/getTermSample";

export interface SelectionTotals { tokensA: number; tokensB: number; passagesA: number; passagesB: number }

/**
 * phrases: false counts single words only. onlyA: count only A's passages; B's columns then count the passages
 * in both. sample: count only the passages in it (getTermSample), as the totals were.
 */
export interface CountOptions { minCount?: number; phrases?: boolean; onlyA?: boolean; sample?: TermSample | null }

/** b null: A's passages alone, none in B. */
export function selectedPassages(a: PlannedFilters, b: PlannedFilters | null, onlyA?: boolean, sample?: TermSample | null): Prisma.Sql {
  const [inA, inB] = [passageFilter(a), b ? passageFilter(b) : Prisma.sql`FALSE`];
  // A's passages alone: in_a is true of every one, and a search is not matched a second time to say so
  if (onlyA || !b) return Prisma.sql`SELECT p.id, p.article_id, TRUE AS in_a, (${inB}) AS in_b FROM ${passagesToCount(sample, a, ...(b ? [b] : []))} WHERE ${inA}`;
  return Prisma.sql`SELECT p.id, p.article_id, (${inA}) AS in_a, (${inB}) AS in_b FROM ${passagesToCount(sample, a, b)} WHERE (${inA}) OR (${inB})`;
}

/** b null: A's side alone, B's totals zero. `sample`: the passages counted (getTermSample), all when null. */
export async function passageSelectionTotals(a: PlannedFilters, b: PlannedFilters | null, sample?: TermSample | null): Promise<SelectionTotals> {
  const [totals] = await getPrisma().$queryRaw<SelectionTotals[]>(Prisma.sql`
    WITH s AS MATERIALIZED (${selectedPassages(a, b, false, sample)})
    SELECT COALESCE((SELECT SUM(v.tokens) FROM passage_terms v JOIN s ON s.id = v.passage_id WHERE s.in_a), 0)::int AS "tokensA",
           COALESCE((SELECT SUM(v.tokens) FROM passage_terms v JOIN s ON s.id = v.passage_id WHERE s.in_b), 0)::int AS "tokensB",
           (SELECT COUNT(*) FROM s WHERE in_a)::int AS "passagesA",
           (SELECT COUNT(*) FROM s WHERE in_b)::int AS "passagesB"`);
  return totals;
}

/** A query (to nest, not run alone) giving TermCounts rows: key, term, n, a, b, docsA, docsB, articlesA, articlesB. */
export function passageTermCounts(a: PlannedFilters, b: PlannedFilters, options: CountOptions = {}): Prisma.Sql {
  // a vector lists its words first (the first v.words entries), then its phrases
  const part = options.phrases === false ? "words" : "all";
  // The selection is materialized: inlined, its text was carried through the sort by term and article
  // (370 bytes a row instead of 20), and a search matching half of 20,000 passages took 10 s instead of 2.
  // Counted by term id first, named after: a term occurs at most once in a passage's vector.
  return Prisma.sql`
    WITH s AS MATERIALIZED (${selectedPassages(a, b, options.onlyA, options.sample)}),
    hits AS (
      SELECT u.term_id, u.count, s.article_id, s.in_a, s.in_b
      FROM s JOIN passage_terms v ON v.passage_id = s.id CROSS JOIN LATERAL ${unnestTerms(part)}
    ),
    -- per term and article first, so that articles are counted by hashing rather than COUNT(DISTINCT)'s sort
    -- (a selective search at 300,000 passages sorted 122,000 rows on disk for it)
    by_article AS (
      SELECT term_id, SUM(count)::int AS count,
             (SUM(count) FILTER (WHERE in_a))::int AS a, (SUM(count) FILTER (WHERE in_b))::int AS b,
             COUNT(*) FILTER (WHERE in_a)::int AS docs_a, COUNT(*) FILTER (WHERE in_b)::int AS docs_b
      FROM hits GROUP BY term_id, article_id
    ),
    counted AS (
      SELECT term_id,
             COALESCE(SUM(a), 0)::int AS a,
             COALESCE(SUM(b), 0)::int AS b,
             SUM(docs_a)::int AS "docsA",
             SUM(docs_b)::int AS "docsB",
             COUNT(*) FILTER (WHERE docs_a > 0)::int AS "articlesA",
             COUNT(*) FILTER (WHERE docs_b > 0)::int AS "articlesB"
      FROM by_article GROUP BY term_id HAVING SUM(count) >= ${options.minCount ?? 3}
    )
    SELECT d.stem AS key, d.stem AS term, d.n::int AS n, c.a, c.b, c."docsA", c."docsB", c."articlesA", c."articlesB"
    FROM counted c JOIN term d ON d.id = c.term_id`;
}
