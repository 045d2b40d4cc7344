// Passages per framing per month, every month between the first and last one present (empty ones as 0).
import { getPrisma, Prisma } from "../db";
import type { Filters } from "../schema";
import { passageFilter } from "./passageFilter";

export interface MonthFramingRow { month: string; official: number; critical: number; testimony: number; total: number }

export async function getFramingByMonth(filters: Partial<Filters>): Promise<MonthFramingRow[]> {
  return getPrisma().$queryRaw<MonthFramingRow[]>(Prisma.sql`
    WITH counts AS (
      SELECT date_trunc('month', p.published_at)::date AS month,
             COUNT(*) FILTER (WHERE p.framing = 'official')  AS official,
             COUNT(*) FILTER (WHERE p.framing = 'critical')  AS critical,
             COUNT(*) FILTER (WHERE p.framing = 'testimony') AS testimony
      FROM passage p
      WHERE p.published_at IS NOT NULL AND ${passageFilter(filters)}
      GROUP BY 1
    ), months AS (
      SELECT generate_series(MIN(month), MAX(month), interval '1 month')::date AS month FROM counts
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month,
           COALESCE(c.official, 0)::int AS official, COALESCE(c.critical, 0)::int AS critical,
           COALESCE(c.testimony, 0)::int AS testimony,
           COALESCE(c.official + c.critical + c.testimony, 0)::int AS total
    FROM months m LEFT JOIN counts c ON c.month = m.month
    ORDER BY m.month`);
}
