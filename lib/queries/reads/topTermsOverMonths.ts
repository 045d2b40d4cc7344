// The top words of one framing over a range of months, from the statistics, without summing every word's
// month rows. A word's count over any range is at most its all-time count (same framing and outlets), so
// the words are taken in order of all-time count: once the range's K-th best count is above the all-time
// count of every word not yet summed, no other word can enter the top K (Fagin's threshold algorithm). The
// all-time rows are one row per word; the month rows are summed only for the candidates. Exact: when the
// candidates do not settle it, more are taken, and finally all.
import { getPrisma, Prisma } from "../../db";
import type { FramingLabel } from "../../classify/labels";
import type { Filters } from "../../schema";
import { termStatFilter } from "../sql/termStatFilter";

export interface MonthTopRow { stem: string; count: number; passages: number }

const FIRST_CANDIDATES = 300;
const GROWTH = 8;

export async function topTermsOverMonths(framing: FramingLabel, filters: Partial<Filters>, top: number): Promise<MonthTopRow[]> {
  const scope = { ...filters, framing: undefined, term: undefined };
  const allTime = termStatFilter({ ...scope, from: undefined, to: undefined });
  const months = termStatFilter(scope);
  for (let candidates = Math.max(FIRST_CANDIDATES, top); ; candidates *= GROWTH) {
    const [result] = await getPrisma().$queryRaw<{ rows: MonthTopRow[] | null; bound: number | null; taken: number }[]>(Prisma.sql`
      WITH cand AS (
        SELECT s.stem, SUM(s.count) AS total FROM term_stat s
        WHERE s.framing = ${framing}::"Framing" AND ${allTime}
        GROUP BY s.stem ORDER BY total DESC LIMIT ${candidates}
      ), ranged AS (
        SELECT s.stem, SUM(s.count)::int AS count, SUM(s.passages)::int AS passages FROM term_stat s
        WHERE s.framing = ${framing}::"Framing" AND ${months} AND s.stem IN (SELECT stem FROM cand)
        GROUP BY s.stem HAVING SUM(s.count) > 0 ORDER BY count DESC, s.stem LIMIT ${top}
      )
      SELECT (SELECT json_agg(r ORDER BY r.count DESC, r.stem) FROM ranged r) AS rows,
             (SELECT MIN(total) FROM cand)::int AS bound, (SELECT COUNT(*) FROM cand)::int AS taken`);
    const rows = result.rows ?? [];
    // every word was a candidate, or no word left out can reach the K-th count (ties included: strictly above)
    if (result.taken < candidates || (rows.length === top && rows[top - 1].count > (result.bound ?? 0))) return rows;
  }
}
