// The most frequent content terms of each framing under the current filters, grouped by stem and named by
// their most common surface form.
import { getPrisma, Prisma } from "../../db";
import { FRAMINGS, type FramingLabel } from "../../classify/labels";
import type { Filters } from "../../schema";
import { passageFilter } from "../sql/passageFilter";
import { termStatFilter } from "../sql/termStatFilter";
import { unnestTerms } from "../sql/passageTermRows";
import { type MonthTopRow, topTermsOverMonths } from "./topTermsOverMonths";
import { defineRead } from "../plan/defineRead";
import { topWordsFromCube, topWordsOfVectors } from "../../analysis/cubeTopTerms";
import { getFramingVectors } from "./getFramingVectors";
import { passagesToCount, type TermSample } from "../plan/getTermSample";

/** A top row's name: its stem's commonest surface form in the corpus (getTermNames names other lists so). */
const COMMONEST_FORM = Prisma.sql`(SELECT surface FROM term_surface ts WHERE ts.stem = r.stem ORDER BY ts.count DESC, ts.surface LIMIT 1)`;

export interface TopTermRow { framing: FramingLabel; stem: string; term: string; count: number; passages: number }

/** How many top terms each framing shows. */
const TOP_TERMS = 15;

/** Top terms, and the sample they were counted in (null: every passage), for a view that says so. */
export interface TopTerms { topTerms: TopTermRow[]; sample: TermSample | null }

/** The framings a selection's rows come in, in the statistics' (the enum's) order, as the queries order them. */
const framingsOf = (filters: Partial<Filters>) => (filters.framing?.length ? FRAMINGS.filter((f) => filters.framing!.includes(f)) : FRAMINGS);

const readTopTerms = defineRead<[filters: Partial<Filters>, perFraming: number], TopTerms>("getTopTerms", {
  // the term filter does not apply to the top terms: a clicked term highlights its row, it does not select
  selection: (filters) => ({ ...filters, term: undefined }),
  termLists: true,
  // every word of the chosen cells summed in memory
  cube: async ({ cube, filters }, _, perFraming) => {
    const framings = framingsOf(filters);
    return { topTerms: await namedTopRows(framings, framings.map((f) => topWordsFromCube(cube, filters, f, perFraming))), sample: null };
  },
  stats: async ({ filters }, _, perFraming) => {
    const framings = framingsOf(filters);
    // over a range of months, each framing's top words without summing every word's month rows
    if (filters.from || filters.to) {
      return { topTerms: await namedTopRows(framings, await Promise.all(framings.map((f) => topTermsOverMonths(f, filters, perFraming)))), sample: null };
    }
    // per framing, the top rows by a bounded top-N sort rather than ranking every stem
    const topTerms = await getPrisma().$queryRaw<TopTermRow[]>(Prisma.sql`
      SELECT f.framing, r.stem, ${COMMONEST_FORM} AS term, r.count, r.passages
      FROM unnest(${[...framings]}::text[]) AS f(framing),
      LATERAL (
        SELECT s.stem, SUM(s.count)::int AS count, SUM(s.passages)::int AS passages
        FROM term_stat s WHERE s.framing = f.framing::"Framing" AND ${termStatFilter({ ...filters, framing: undefined })}
        GROUP BY s.stem HAVING SUM(s.count) > 0
        ORDER BY count DESC, s.stem LIMIT ${perFraming}
      ) r
      ORDER BY f.framing::"Framing", r.count DESC, r.stem`);
    return { topTerms, sample: null };
  },
  passages: async ({ filters, cube, sample }, _, perFraming) => {
    // the passages' vectors counted in memory against a loaded cube's term ids
    if (cube) return { topTerms: await namedTopRows(FRAMINGS, topWordsOfVectors(cube, await getFramingVectors(filters, sample), FRAMINGS.length, perFraming)), sample };
    // counted by term id over the words' slice of each vector, then the top words of each framing named like
    // the statistics name them. Only the words counted at least as often as each framing's last row (ties at the
    // cut, ordered by stem) are looked up in the dictionary: a search matching a few thousand passages counts
    // tens of thousands of words, and looking each up took a third of the query at 250,000 passages.
    const topTerms = await getPrisma().$queryRaw<TopTermRow[]>(Prisma.sql`
      WITH stems AS (
        SELECT p.framing, u.term_id, SUM(u.count)::int AS count, COUNT(*)::int AS passages
        FROM ${passagesToCount(sample, filters)} JOIN passage_terms v ON v.passage_id = p.id CROSS JOIN LATERAL ${unnestTerms("words")}
        WHERE ${passageFilter(filters)}
        GROUP BY 1, 2
      ), candidates AS (
        SELECT c.* FROM (SELECT s.*, RANK() OVER (PARTITION BY s.framing ORDER BY s.count DESC) AS rank FROM stems s) c
        WHERE c.rank <= ${perFraming}
      ), ranked AS (
        SELECT c.framing, d.stem, c.count, c.passages, ROW_NUMBER() OVER (PARTITION BY c.framing ORDER BY c.count DESC, d.stem) AS rank
        FROM candidates c JOIN term d ON d.id = c.term_id
      )
      SELECT r.framing::text AS framing, r.stem, ${COMMONEST_FORM} AS term, r.count, r.passages
      FROM ranked r WHERE r.rank <= ${perFraming}
      ORDER BY r.framing, r.rank`);
    return { topTerms, sample };
  },
});

/** The top terms of each framing, and the sample they were counted in, for a view that says so. */
export const getTopTermsAndSample = (filters: Partial<Filters>): Promise<TopTerms> => readTopTerms(filters, TOP_TERMS);

export async function getTopTerms(filters: Partial<Filters>, perFraming = TOP_TERMS): Promise<TopTermRow[]> {
  return (await readTopTerms(filters, perFraming)).topTerms;
}

/** Each framing's rows, named like the other paths name them (COMMONEST_FORM). */
async function namedTopRows(framings: readonly FramingLabel[], perFraming: MonthTopRow[][]): Promise<TopTermRow[]> {
  const stems = [...new Set(perFraming.flat().map((r) => r.stem))];
  const names = new Map((await getPrisma().$queryRaw<{ stem: string; term: string }[]>(Prisma.sql`
    SELECT r.stem, ${COMMONEST_FORM} AS term FROM unnest(${stems}::text[]) AS r(stem)`)).map((n) => [n.stem, n.term]));
  return framings.flatMap((framing, i) => perFraming[i].map((r) => ({ framing, stem: r.stem, term: names.get(r.stem) ?? r.stem, count: r.count, passages: r.passages })));
}
