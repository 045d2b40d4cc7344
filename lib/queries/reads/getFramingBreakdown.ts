// The overview's two charts for one selection: passages per framing by outlet and by month. Where the
// statistics answer, from the cube when one is loaded, else the two reads they come from; otherwise (a search, a term, a label view, days) the passages
// are matched once for both charts: matching a search is most of each chart's cost, and grows with the corpus.
import { getPrisma, Prisma } from "../../db";
import type { Filters } from "../../schema";
import { passageCells } from "../sql/passageFilter";
import { statsCanAnswer } from "../sql/statFilter";
import { chooseSearchPath } from "../plan/chooseSearchPath";
import { rememberedReads } from "../plan/rememberedReads";
import { getFramingByOutlet, type OutletFramingRow, outletRowsOf } from "./getFramingByOutlet";
import { getFramingByMonth, type MonthFramingRow, monthCountsOf, monthRowsOf } from "./getFramingByMonth";
import { currentStatsCube } from "../stats/currentStatsCube";
import { framingByMonthFromCube, framingByOutletFromCube } from "../../analysis/cubeFramingBreakdown";

export interface FramingBreakdown { byOutlet: OutletFramingRow[]; byMonth: MonthFramingRow[] }

async function computeFramingBreakdown(filters: Partial<Filters>): Promise<FramingBreakdown> {
  await chooseSearchPath(filters);
  if (statsCanAnswer(filters)) {
    // one look at the cube (a data-version query) for both charts
    const cube = await currentStatsCube();
    if (cube) return { byOutlet: framingByOutletFromCube(cube, filters), byMonth: framingByMonthFromCube(cube, filters) };
    const [byOutlet, byMonth] = await Promise.all([getFramingByOutlet(filters), getFramingByMonth(filters)]);
    return { byOutlet, byMonth };
  }
  // each chart's rows as JSON, ordered as getFramingByOutlet and getFramingByMonth order them
  const [row] = await getPrisma().$queryRaw<FramingBreakdown[]>(Prisma.sql`
    WITH s AS MATERIALIZED ${passageCells(filters)}
    SELECT (SELECT COALESCE(json_agg(r ORDER BY r.total DESC, r.outlet), '[]') FROM (${outletRowsOf(Prisma.sql`s`)}) r) AS "byOutlet",
           (SELECT COALESCE(json_agg(r), '[]') FROM (${monthRowsOf(monthCountsOf(Prisma.sql`s`))}) r) AS "byMonth"`);
  return row;
}

/** Remembered while the database is unchanged (lib/queries/plan/rememberedReads.ts). */
export const getFramingBreakdown = rememberedReads.wrap("getFramingBreakdown", computeFramingBreakdown);
