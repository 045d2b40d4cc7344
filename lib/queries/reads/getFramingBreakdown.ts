// The overview's two charts for one selection: passages per framing by outlet and by month. From the cube or
// the statistics tables as each chart is; from the passages, they are matched once for both charts: matching
// a search is most of each chart's cost, and grows with the corpus.
import { framingByMonthFromCube, framingByOutletFromCube } from "../../analysis/cubeFramingBreakdown";
import { getPrisma, Prisma } from "../../db";
import type { Filters } from "../../schema";
import { defineRead } from "../plan/defineRead";
import { passageCells } from "../sql/passageFilter";
import { getFramingByMonth, type MonthFramingRow, monthCountsOf, monthRowsOf } from "./getFramingByMonth";
import { getFramingByOutlet, type OutletFramingRow, outletRowsOf } from "./getFramingByOutlet";

export interface FramingBreakdown { byOutlet: OutletFramingRow[]; byMonth: MonthFramingRow[] }

export const getFramingBreakdown = defineRead<[filters: Partial<Filters>], FramingBreakdown>("getFramingBreakdown", {
  cube: ({ cube, filters }) => ({ byOutlet: framingByOutletFromCube(cube, filters), byMonth: framingByMonthFromCube(cube, filters) }),
  stats: async (_plan, filters) => {
    const [byOutlet, byMonth] = await Promise.all([getFramingByOutlet(filters), getFramingByMonth(filters)]);
    return { byOutlet, byMonth };
  },
  // each chart's rows as JSON, ordered as getFramingByOutlet and getFramingByMonth order them
  passages: async ({ filters }) => {
    const [row] = await getPrisma().$queryRaw<FramingBreakdown[]>(Prisma.sql`
      WITH s AS MATERIALIZED ${passageCells(filters)}
      SELECT (SELECT COALESCE(json_agg(r ORDER BY r.total DESC, r.outlet), '[]') FROM (${outletRowsOf(Prisma.sql`s`)}) r) AS "byOutlet",
             (SELECT COALESCE(json_agg(r), '[]') FROM (${monthRowsOf(monthCountsOf(Prisma.sql`s`))}) r) AS "byMonth"`);
    return row;
  },
});
