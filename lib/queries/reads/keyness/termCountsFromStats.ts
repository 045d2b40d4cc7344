// The raw material of keyness (see termCountsFromPassages) read from the precomputed framing × outlet × month
// statistics instead of the passages: one row per cell rather than per passage and term. Only for selections
// the statistics can answer (statsCanAnswer). Phrases seen fewer than PHRASE_MIN_COUNT times in the corpus
// are not in the statistics; with the default minimum count (3) they could not qualify anyway. A side's
// articles are exact however many framings it takes: each framing's rows add the article column
// lib/analysis/sideArticles.ts chooses for the side, so an article using a term in two of them counts once.
import { getPrisma, Prisma } from "../../../db";
import type { Filters } from "../../../schema";
import { FRAMINGS } from "../../../classify/labels";
import { type ArticleColumn, articleColumns } from "../../../analysis/sideArticles";
import { statFilter } from "../../sql/statFilter";
import type { CountOptions, SelectionTotals } from "./termCountsFromPassages";
import { termStatFilter } from "../../sql/termStatFilter";

/** b null: A's side alone, B's totals zero. */
export async function statsSelectionTotals(a: Partial<Filters>, b: Partial<Filters> | null): Promise<SelectionTotals> {
  const [inA, inB] = [statFilter(a), b ? statFilter(b) : Prisma.sql`FALSE`];
  const [totals] = await getPrisma().$queryRaw<SelectionTotals[]>(Prisma.sql`
    SELECT COALESCE(SUM(s.tokens) FILTER (WHERE ${inA}), 0)::int AS "tokensA", COALESCE(SUM(s.tokens) FILTER (WHERE ${inB}), 0)::int AS "tokensB",
           COALESCE(SUM(s.passages) FILTER (WHERE ${inA}), 0)::int AS "passagesA", COALESCE(SUM(s.passages) FILTER (WHERE ${inB}), 0)::int AS "passagesB"
    FROM passage_stat s WHERE (${inA}) OR (${inB})`);
  return totals;
}

const ARTICLE_COLUMN: Record<ArticleColumn, Prisma.Sql> = {
  articles: Prisma.sql`c.articles`, articlesOnly: Prisma.sql`c.articles_only`, articlesWithoutPrevious: Prisma.sql`c.articles_without_previous`,
};

/** A row's share of a side's articles: the column its framing adds for the side's framings. */
function sideArticles(filters: Partial<Filters>): Prisma.Sql {
  const columns = articleColumns(filters.framing?.map((f) => FRAMINGS.indexOf(f)));
  const when = FRAMINGS.flatMap((label, f) => {
    const column = columns[f];
    return column ? [Prisma.sql`WHEN ${label}::"Framing" THEN ${ARTICLE_COLUMN[column]}`] : [];
  });
  return Prisma.sql`CASE c.framing ${Prisma.join(when, " ")} ELSE 0 END`;
}

/** A query (to nest, not run alone) giving TermCounts rows; b null: A's side alone, B's columns zero. */
export function statsTermCounts(a: Partial<Filters>, b: Partial<Filters> | null, options: Omit<CountOptions, "onlyA" | "sample"> = {}): Prisma.Sql {
  // each side reads the rows of the grain that answers its filters (termStatFilter)
  const [termsA, termsB] = [termStatFilter(a), b ? termStatFilter(b) : Prisma.sql`FALSE`];
  // A's rows, then B's that are not A's: one scan per side, each through the primary key. With the two sides
  // OR-ed in one scan, the outlets' subqueries could not reach the index, and keyness of two outlets read all
  // 12M term_stat rows (4 s at 300,000 passages) for the 270,000 it needed.
  const columns = Prisma.sql`s.framing, s.stem, s.n, s.count, s.passages, s.articles, s.articles_only, s.articles_without_previous`;
  const cells = (table: Prisma.Sql) => {
    const ofA = Prisma.sql`SELECT ${columns}, TRUE AS in_a, (${termsB}) AS in_b FROM ${table} s WHERE ${termsA}`;
    return b ? Prisma.sql`${ofA} UNION ALL SELECT ${columns}, FALSE, TRUE FROM ${table} s WHERE (${termsB}) AND NOT (${termsA})` : ofA;
  };
  const tables = options.phrases === false ? [cells(Prisma.sql`term_stat`)] : [cells(Prisma.sql`term_stat`), cells(Prisma.sql`phrase_stat`)];
  return Prisma.sql`
    SELECT c.stem AS key, c.stem AS term, MIN(c.n)::int AS n,
           COALESCE(SUM(c.count) FILTER (WHERE c.in_a), 0)::int AS a, COALESCE(SUM(c.count) FILTER (WHERE c.in_b), 0)::int AS b,
           COALESCE(SUM(c.passages) FILTER (WHERE c.in_a), 0)::int AS "docsA", COALESCE(SUM(c.passages) FILTER (WHERE c.in_b), 0)::int AS "docsB",
           COALESCE(SUM(${sideArticles(a)}) FILTER (WHERE c.in_a), 0)::int AS "articlesA",
           COALESCE(SUM(${b ? sideArticles(b) : Prisma.sql`0`}) FILTER (WHERE c.in_b), 0)::int AS "articlesB"
    FROM (${Prisma.join(tables, " UNION ALL ")}) c
    GROUP BY c.stem
    HAVING SUM(c.count) >= ${options.minCount ?? 3}`;
}
