// The raw material of keyness (see termCountsFromPassages) read from the precomputed framing × outlet × month
// statistics instead of the passages: one row per cell rather than per passage and term. Only for selections
// the statistics can answer (statsCanAnswer). Phrases seen fewer than PHRASE_MIN_COUNT times in the corpus
// are not in the statistics; with the default minimum count (3) they could not qualify anyway. An article
// counts once per framing it uses a term in, so for a selection spanning several framings
// `articlesA`/`articlesB` may count one article more than once.
import { getPrisma, Prisma } from "../db";
import type { Filters } from "../schema";
import { statFilter } from "./statFilter";
import { ALL_TERMS, phrasesInBand } from "./phraseBand";
import type { CountOptions, SelectionTotals } from "./termCountsFromPassages";
import type { MonthSpan } from "./getMonthSpan";
import { signedTermStatRows, termStatFilter } from "./termStatFilter";

/** b null: A's side alone, B's columns zero. */
export async function statsSelectionTotals(a: Partial<Filters>, b: Partial<Filters> | null): Promise<SelectionTotals> {
  const [inA, inB] = [statFilter(a), b ? statFilter(b) : Prisma.sql`FALSE`];
  const [totals] = await getPrisma().$queryRaw<SelectionTotals[]>(Prisma.sql`
    SELECT COALESCE(SUM(s.tokens) FILTER (WHERE ${inA}), 0)::int AS "tokensA", COALESCE(SUM(s.tokens) FILTER (WHERE ${inB}), 0)::int AS "tokensB",
           COALESCE(SUM(s.passages) FILTER (WHERE ${inA}), 0)::int AS "passagesA", COALESCE(SUM(s.passages) FILTER (WHERE ${inB}), 0)::int AS "passagesB"
    FROM passage_stat s WHERE (${inA}) OR (${inB})`);
  return totals;
}

/** Whether no passage can be in both: different framings, or different outlets. */
function disjoint(a: Partial<Filters>, b: Partial<Filters>): boolean {
  const apart = (x?: string[], y?: string[]) => !!x?.length && !!y?.length && !x.some((v) => y.includes(v));
  return apart(a.framing, b.framing) || apart(a.outlet, b.outlet);
}

/**
 * A query (to nest, not run alone) giving TermCounts rows; b null: A's side alone, B's columns zero.
 * `amongStems`: a subquery of the stems to count, when only some are wanted. `span`: the corpus's months,
 * with which a long range of months reads words as all-time rows minus the months outside (signedTermStatRows).
 */
export function statsTermCounts(
  a: Partial<Filters>, b: Partial<Filters> | null,
  options: Omit<CountOptions, "onlyA"> & { amongStems?: Prisma.Sql; span?: MonthSpan | null } = {},
): Prisma.Sql {
  const { words, phrases } = options.terms ?? ALL_TERMS;
  // each side reads the rows of the grain that answers its filters (termStatFilter)
  const [termsA, termsB] = [termStatFilter(a), b ? termStatFilter(b) : Prisma.sql`FALSE`];
  const among = (only: Prisma.Sql | null) =>
    Prisma.sql`${only ? Prisma.sql`AND ${only}` : Prisma.empty} ${options.amongStems ? Prisma.sql`AND s.stem IN ${options.amongStems}` : Prisma.empty}`;
  // Each row carries its sign in A and in B (1, -1 or 0) and its weight in the two selections together (for
  // the minimum count). A's rows, then B's that are not A's: one scan per side, each through the primary
  // key. With the two sides OR-ed in one scan, the outlets' subqueries could not reach the index, and keyness
  // of two outlets read all 12M term_stat rows (4 s at 300,000 passages) for the 270,000 it needed.
  const cells = (table: Prisma.Sql, only: Prisma.Sql | null) => {
    const ofA = Prisma.sql`
      SELECT s.stem, s.n, s.count, s.passages, s.articles, 1 AS sa, CASE WHEN ${termsB} THEN 1 ELSE 0 END AS sb, 1 AS w
      FROM ${table} s WHERE (${termsA}) ${among(only)}`;
    return b ? Prisma.sql`${ofA} UNION ALL
      SELECT s.stem, s.n, s.count, s.passages, s.articles, 0, 1, 1 FROM ${table} s WHERE (${termsB}) AND NOT (${termsA}) ${among(only)}` : ofA;
  };
  // Words over a long range of months: all-time rows minus the months outside, when no passage is in both
  // selections (a row then belongs to one side, and the two sides' sum is their union)
  const signedA = signedTermStatRows(a, options.span ?? null);
  const signedB = b ? signedTermStatRows(b, options.span ?? null) : [];
  const signedWords = (signedA.length > 1 || signedB.length > 1) && (!b || disjoint(a, b))
    ? Prisma.join([
      ...signedA.map((r) => Prisma.sql`
        SELECT s.stem, s.n, s.count, s.passages, s.articles, ${r.sign}::int AS sa, 0 AS sb, ${r.sign}::int AS w FROM term_stat s WHERE ${r.where} ${among(null)}`),
      ...signedB.map((r) => Prisma.sql`
        SELECT s.stem, s.n, s.count, s.passages, s.articles, 0, ${r.sign}::int, ${r.sign}::int FROM term_stat s WHERE ${r.where} ${among(null)}`),
    ], " UNION ALL ")
    : null;
  const parts = [
    ...(words ? [signedWords ?? cells(Prisma.sql`term_stat`, null)] : []),
    ...(phrases ? [cells(Prisma.sql`phrase_stat`, phrasesInBand(phrases, Prisma.sql`s.stem`, "stem"))] : []),
  ];
  return Prisma.sql`
    SELECT c.stem AS key, c.stem AS term, MIN(c.n)::int AS n,
           SUM(c.count * c.sa)::int AS a, SUM(c.count * c.sb)::int AS b,
           SUM(c.passages * c.sa)::int AS "docsA", SUM(c.passages * c.sb)::int AS "docsB",
           SUM(c.articles * c.sa)::int AS "articlesA", SUM(c.articles * c.sb)::int AS "articlesB"
    FROM (${Prisma.join(parts, " UNION ALL ")}) c
    GROUP BY c.stem
    HAVING SUM(c.count * c.w) >= ${options.minCount ?? 3}`;
}
