// Passages per framing per month, every month between the first and last one present (empty ones as 0).
import { getPrisma, Prisma } from "../../db";
import type { Filters } from "../../schema";
import { passageCells } from "../sql/passageFilter";
import { statFilter } from "../sql/statFilter";
import { defineRead } from "../plan/defineRead";
import { framingByMonthFromCube, type MonthFramingRow } from "../../analysis/cubeFramingBreakdown";

export type { MonthFramingRow };

export const getFramingByMonth = defineRead<[filters: Partial<Filters>], MonthFramingRow[]>("getFramingByMonth", {
  cube: ({ cube, filters }) => framingByMonthFromCube(cube, filters),
  stats: ({ filters }) => getPrisma().$queryRaw<MonthFramingRow[]>(monthRowsOf(Prisma.sql`
      SELECT s.month,
             SUM(s.passages) FILTER (WHERE s.framing = 'official')  AS official,
             SUM(s.passages) FILTER (WHERE s.framing = 'critical')  AS critical,
             SUM(s.passages) FILTER (WHERE s.framing = 'testimony') AS testimony
      FROM passage_stat s
      WHERE s.month <> DATE '1900-01-01' AND ${statFilter(filters)}
      GROUP BY 1 HAVING SUM(s.passages) > 0`)),
  passages: ({ filters }) => getPrisma().$queryRaw<MonthFramingRow[]>(monthRowsOf(monthCountsOf(passageCells(filters)))),
});

/** Counts per month (framing columns) over a selection of passages giving (framing, outlet_id, month): passageCells. */
export function monthCountsOf(selection: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT x.month,
           COUNT(*) FILTER (WHERE x.framing = 'official')  AS official,
           COUNT(*) FILTER (WHERE x.framing = 'critical')  AS critical,
           COUNT(*) FILTER (WHERE x.framing = 'testimony') AS testimony
    FROM ${selection} x
    WHERE x.month IS NOT NULL
    GROUP BY 1`;
}

/** MonthFramingRows, every month from the first to the last with passages, from counts per month. */
export function monthRowsOf(counts: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH counts AS (${counts}), months AS (
      SELECT generate_series(MIN(month), MAX(month), interval '1 month')::date AS month FROM counts
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month,
           COALESCE(c.official, 0)::int AS official, COALESCE(c.critical, 0)::int AS critical,
           COALESCE(c.testimony, 0)::int AS testimony,
           (COALESCE(c.official, 0) + COALESCE(c.critical, 0) + COALESCE(c.testimony, 0))::int AS total
    FROM months m LEFT JOIN counts c ON c.month = m.month
    ORDER BY m.month`;
}
