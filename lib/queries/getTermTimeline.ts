// A term's occurrences per month and framing, with the passages behind each point; empty months as zero.
import { getPrisma, Prisma } from "../db";
import type { Filters } from "../schema";
import { passageFilter } from "./passageFilter";

export interface TermMonthRow {
  month: string; official: number; critical: number; testimony: number; occurrences: number; passages: number;
  /** all passages that month under the filters, term or not: the denominator of a rate */
  allPassages: number;
}

export async function getTermTimeline(filters: Partial<Filters> & { term: string }): Promise<TermMonthRow[]> {
  const withoutTerm = passageFilter({ ...filters, term: undefined });
  return getPrisma().$queryRaw<TermMonthRow[]>(Prisma.sql`
    WITH base AS (
      SELECT p.id, p.framing, date_trunc('month', p.published_at)::date AS month
      FROM passage p WHERE p.published_at IS NOT NULL AND ${withoutTerm}
    ), hits AS (
      SELECT b.month, b.framing, t.passage_id, t.count
      FROM base b JOIN passage_term t ON t.passage_id = b.id AND t.stem = ${filters.term}
    ), months AS (
      SELECT generate_series(MIN(month), MAX(month), interval '1 month')::date AS month FROM base
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month,
      COALESCE((SELECT SUM(count) FROM hits h WHERE h.month = m.month AND h.framing = 'official'), 0)::int AS official,
      COALESCE((SELECT SUM(count) FROM hits h WHERE h.month = m.month AND h.framing = 'critical'), 0)::int AS critical,
      COALESCE((SELECT SUM(count) FROM hits h WHERE h.month = m.month AND h.framing = 'testimony'), 0)::int AS testimony,
      COALESCE((SELECT SUM(count) FROM hits h WHERE h.month = m.month), 0)::int AS occurrences,
      (SELECT COUNT(DISTINCT passage_id) FROM hits h WHERE h.month = m.month)::int AS passages,
      (SELECT COUNT(*) FROM base b WHERE b.month = m.month)::int AS "allPassages"
    FROM months m ORDER BY m.month`);
}
