// A term's occurrences per month and framing, with the passages behind each point; empty months as zero.
import { getPrisma, Prisma } from "../../db";
import type { Filters } from "../../schema";
import { passageFilter } from "../sql/passageFilter";
import { statFilter } from "../sql/statFilter";
import { termStatFilter } from "../sql/termStatFilter";
import { PHRASE_MIN_COUNT } from "../stats/statGrains";
import { termId } from "../../analysis/termId";
import { defineRead } from "../plan/defineRead";
import { termTimelineFromCube, type TermMonthRow } from "../../analysis/cubeTermTimeline";
import { findTermNumber } from "../../analysis/cubeTerms";

export type { TermMonthRow };

type TimelineArgs = [filters: Partial<Filters> & { term: string }];

export const getTermTimeline = defineRead<TimelineArgs, TermMonthRow[]>("getTermTimeline", {
  // the term is what is counted, not a filter on the passages
  selection: (filters) => ({ ...filters, term: undefined }),
  holds: {
    // a word always (a month without it is a zero), a phrase once counted
    cube: (cube, { term }) => !term.includes(" ") || findTermNumber(cube.terms, term) !== null,
    stats: ({ term }) => inStatistics(term),
  },
  cube: ({ cube, filters }, { term }) => termTimelineFromCube(cube, filters, findTermNumber(cube.terms, term)),
  stats: ({ filters }, { term }) => termTimelineFromStats(filters, term),
  passages: ({ filters }, { term }) => getPrisma().$queryRaw<TermMonthRow[]>(Prisma.sql`
    WITH base AS (
      SELECT p.id, p.framing, date_trunc('month', p.published_at)::date AS month
      FROM passage p WHERE p.published_at IS NOT NULL AND ${passageFilter(filters)}
    ), target AS (
      SELECT ${termId(term)}::bigint AS id
    ), hits AS (
      SELECT b.month, b.framing, v.passage_id, v.counts[array_position(v.term_ids, (SELECT id FROM target))] AS count
      FROM base b JOIN passage_terms v ON v.passage_id = b.id AND v.term_ids @> ARRAY[(SELECT id FROM target)]
    ), months AS (
      SELECT generate_series(MIN(month), MAX(month), interval '1 month')::date AS month FROM base
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month,
      ${OCCURRENCES_BY_FRAMING},
      (SELECT COUNT(DISTINCT passage_id) FROM hits h WHERE h.month = m.month)::int AS passages,
      (SELECT COUNT(*) FROM base b WHERE b.month = m.month)::int AS "allPassages"
    FROM months m ORDER BY m.month`),
});

/** A month's occurrences per framing and in all, from `hits` (month, framing, count) beside `months` (m). */
const OCCURRENCES_BY_FRAMING = Prisma.sql`
      COALESCE((SELECT SUM(count) FROM hits h WHERE h.month = m.month AND h.framing = 'official'), 0)::int AS official,
      COALESCE((SELECT SUM(count) FROM hits h WHERE h.month = m.month AND h.framing = 'critical'), 0)::int AS critical,
      COALESCE((SELECT SUM(count) FROM hits h WHERE h.month = m.month AND h.framing = 'testimony'), 0)::int AS testimony,
      COALESCE((SELECT SUM(count) FROM hits h WHERE h.month = m.month), 0)::int AS occurrences`;

/**
 * The same from the precomputed statistics: a passage lies in exactly one framing × outlet × month cell, so
 * per-cell passage counts add up exactly. Phrases (stems with a space) are in phrase_stat.
 */
function termTimelineFromStats(filters: Partial<Filters>, term: string): Promise<TermMonthRow[]> {
  const where = statFilter(filters);
  const cells = term.includes(" ") ? Prisma.sql`phrase_stat` : Prisma.sql`term_stat`;
  return getPrisma().$queryRaw<TermMonthRow[]>(Prisma.sql`
    WITH base AS (
      SELECT s.month, SUM(s.passages) AS passages FROM passage_stat s
      WHERE s.month <> DATE '1900-01-01' AND ${where} GROUP BY s.month
    ), hits AS (
      SELECT s.month, s.framing, s.count, s.passages FROM ${cells} s
      WHERE s.stem = ${term} AND ${termStatFilter(filters, { byMonth: true })}
    ), months AS (
      SELECT generate_series(MIN(month), MAX(month), interval '1 month')::date AS month FROM base
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month,
      ${OCCURRENCES_BY_FRAMING},
      COALESCE((SELECT SUM(passages) FROM hits h WHERE h.month = m.month), 0)::int AS passages,
      COALESCE((SELECT passages FROM base b WHERE b.month = m.month), 0)::int AS "allPassages"
    FROM months m ORDER BY m.month`);
}

/**
 * Words always are; a phrase once in the dictionary, seen PHRASE_MIN_COUNT times and folded in (a rarer one
 * is cheap to count from passages).
 */
async function inStatistics(term: string): Promise<boolean> {
  if (!term.includes(" ")) return true;
  const [row] = await getPrisma().$queryRaw<{ count: number }[]>`SELECT count FROM term WHERE id = ${termId(term)}::bigint`;
  return (row?.count ?? 0) >= PHRASE_MIN_COUNT;
}
