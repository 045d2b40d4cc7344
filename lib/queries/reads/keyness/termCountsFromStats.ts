// The raw material of keyness (see termCountsFromPassages) read from the precomputed framing × outlet × month
// statistics instead of the passages: one row per cell rather than per passage and term. Only for selections
// the statistics can answer (statsCanAnswer). Phrases seen fewer than PHRASE_MIN_COUNT times in the corpus
// are not in the statistics; with the default minimum count (3) they could not qualify anyway. An article
// counts once per framing it uses a term in, so for a selection spanning several framings
// `articlesA`/`articlesB` may count one article more than once.
import { getPrisma, Prisma } from "../../../db";
import type { Filters } from "../../../schema";
import { statFilter } from "../../sql/statFilter";
import { ALL_TERMS, phrasesInBand } from "../../sql/phraseBand";
import type { CountOptions, SelectionTotals } from "./termCountsFromPassages";
import { termStatFilter } from "../../sql/termStatFilter";

/** b null: A's side alone, B's columns zero. */
export async function statsSelectionTotals(a: Partial<Filters>, b: Partial<Filters> | null): Promise<SelectionTotals> {
  const [inA, inB] = [statFilter(a), b ? statFilter(b) : Prisma.sql`FALSE`];
  const [totals] = await getPrisma().$queryRaw<SelectionTotals[]>(Prisma.sql`
    SELECT COALESCE(SUM(s.tokens) FILTER (WHERE ${inA}), 0)::int AS "tokensA", COALESCE(SUM(s.tokens) FILTER (WHERE ${inB}), 0)::int AS "tokensB",
           COALESCE(SUM(s.passages) FILTER (WHERE ${inA}), 0)::int AS "passagesA", COALESCE(SUM(s.passages) FILTER (WHERE ${inB}), 0)::int AS "passagesB"
    FROM passage_stat s WHERE (${inA}) OR (${inB})`);
  return totals;
}

/**
 * A query (to nest, not run alone) giving TermCounts rows; b null: A's side alone, B's columns zero.
 * `amongStems`: a subquery of the stems to count, when only some are wanted.
 */
export function statsTermCounts(
  a: Partial<Filters>, b: Partial<Filters> | null, options: Omit<CountOptions, "onlyA"> & { amongStems?: Prisma.Sql } = {},
): Prisma.Sql {
  const { words, phrases } = options.terms ?? ALL_TERMS;
  // each side reads the rows of the grain that answers its filters (termStatFilter)
  const [termsA, termsB] = [termStatFilter(a), b ? termStatFilter(b) : Prisma.sql`FALSE`];
  // A's rows, then B's that are not A's: one scan per side, each through the primary key. With the two sides
  // OR-ed in one scan, the outlets' subqueries could not reach the index, and keyness of two outlets read all
  // 12M term_stat rows (4 s at 300,000 passages) for the 270,000 it needed.
  const cells = (table: Prisma.Sql, only: Prisma.Sql | null) => {
    const among = Prisma.sql`${only ? Prisma.sql`AND ${only}` : Prisma.empty} ${options.amongStems ? Prisma.sql`AND s.stem IN ${options.amongStems}` : Prisma.empty}`;
    const ofA = Prisma.sql`
      SELECT s.stem, s.n, s.count, s.passages, s.articles, TRUE AS in_a, (${termsB}) AS in_b FROM ${table} s WHERE (${termsA}) ${among}`;
    return b ? Prisma.sql`${ofA} UNION ALL
      SELECT s.stem, s.n, s.count, s.passages, s.articles, FALSE, TRUE FROM ${table} s WHERE (${termsB}) AND NOT (${termsA}) ${among}` : ofA;
  };
  const listed = phrases && "stems" in phrases && !options.amongStems && oneRowPerStem(a) && (!b || oneRowPerStem(b)) ? phrases.stems : null;
  const parts = [
    ...(words ? [cells(Prisma.sql`term_stat`, null)] : []),
    ...(phrases ? [listed ? listedPhraseRows(listed, a, b, termsA, termsB) : cells(Prisma.sql`phrase_stat`, phrasesInBand(phrases, Prisma.sql`s.stem`, "stem"))] : []),
  ];
  return Prisma.sql`
    SELECT c.stem AS key, c.stem AS term, MIN(c.n)::int AS n,
           COALESCE(SUM(c.count) FILTER (WHERE c.in_a), 0)::int AS a, COALESCE(SUM(c.count) FILTER (WHERE c.in_b), 0)::int AS b,
           COALESCE(SUM(c.passages) FILTER (WHERE c.in_a), 0)::int AS "docsA", COALESCE(SUM(c.passages) FILTER (WHERE c.in_b), 0)::int AS "docsB",
           COALESCE(SUM(c.articles) FILTER (WHERE c.in_a), 0)::int AS "articlesA", COALESCE(SUM(c.articles) FILTER (WHERE c.in_b), 0)::int AS "articlesB"
    FROM (${Prisma.join(parts, " UNION ALL ")}) c
    GROUP BY c.stem
    HAVING SUM(c.count) >= ${options.minCount ?? 3}`;
}

/**
 * Whether a selection reads one row per stem and framing: no outlets and no dates, so its rows are the
 * all-outlets, all-time ones, every column of the primary key but the stem fixed.
 */
function oneRowPerStem(filters: Partial<Filters>): boolean {
  return !filters.outlet?.length && !filters.from && !filters.to;
}

/**
 * A list of phrases for selections of one row per stem and framing (whole framings, say): looked up stem by
 * stem through the primary key, both selections' framings in one lookup. Given the list and the selections as
 * one condition, the planner took the stem index instead (dropped since), which returns every cell of those stems (276,000
 * rows at 100,000 passages for the 5,000 commonest phrases, where the selections need 9,000): 270 ms against
 * 40 ms for a band. The lookups' cost grows with the list, not with the corpus. OFFSET 0 keeps the planner from
 * folding them back into one scan. A row lies in A, in B, or in both when their framings overlap, as in cells().
 */
function listedPhraseRows(stems: string[], a: Partial<Filters>, b: Partial<Filters> | null, termsA: Prisma.Sql, termsB: Prisma.Sql): Prisma.Sql {
  // the all-outlets, all-time rows of both selections' framings (of every framing when either takes them all)
  const framings = a.framing?.length && (!b || b.framing?.length) ? [...new Set([...a.framing, ...(b?.framing ?? [])])] : undefined;
  return Prisma.sql`
    SELECT s.stem, s.n, s.count, s.passages, s.articles, (${termsA}) AS in_a, (${termsB}) AS in_b
    FROM unnest(${stems}::text[]) AS l(stem),
         LATERAL (SELECT * FROM phrase_stat s WHERE s.stem = l.stem AND ${termStatFilter({ framing: framings })} OFFSET 0) s`;
}
