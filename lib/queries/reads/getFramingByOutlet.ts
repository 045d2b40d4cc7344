// Passages per framing for each outlet: the stacked bars of the overview.
import { getPrisma, Prisma } from "../../db";
import type { Filters } from "../../schema";
import { passageCells } from "../sql/passageFilter";
import { statFilter, statsCanAnswer } from "../sql/statFilter";
import { chooseSearchPath } from "../plan/chooseSearchPath";
import { rememberedReads } from "../plan/rememberedReads";
import { currentStatsCube } from "../stats/currentStatsCube";
import { framingByOutletFromCube, type OutletFramingRow } from "../../analysis/cubeFramingBreakdown";

export type { OutletFramingRow };

async function computeFramingByOutlet(filters: Partial<Filters>): Promise<OutletFramingRow[]> {
  await chooseSearchPath(filters);
  if (statsCanAnswer(filters)) {
    // summed in memory when a cube is loaded: one query fewer for every view of the overview
    const cube = await currentStatsCube();
    if (cube) return framingByOutletFromCube(cube, filters);
    return getPrisma().$queryRaw<OutletFramingRow[]>(Prisma.sql`
      SELECT o.name AS outlet,
             COALESCE(SUM(s.passages) FILTER (WHERE s.framing = 'official'), 0)::int  AS official,
             COALESCE(SUM(s.passages) FILTER (WHERE s.framing = 'critical'), 0)::int  AS critical,
             COALESCE(SUM(s.passages) FILTER (WHERE s.framing = 'testimony'), 0)::int AS testimony,
             SUM(s.passages)::int AS total
      FROM passage_stat s JOIN outlet o ON o.id = s.outlet_id
      WHERE ${statFilter(filters)}
      GROUP BY o.name HAVING SUM(s.passages) > 0
      ORDER BY total DESC, o.name`);
  }
  return getPrisma().$queryRaw<OutletFramingRow[]>(Prisma.sql`${outletRowsOf(passageCells(filters))} ORDER BY total DESC, o.name`);
}

/** Rows per outlet (unordered) over a selection of passages giving (framing, outlet_id, month): passageCells. */
export function outletRowsOf(selection: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT o.name AS outlet,
           COUNT(*) FILTER (WHERE x.framing = 'official')::int  AS official,
           COUNT(*) FILTER (WHERE x.framing = 'critical')::int  AS critical,
           COUNT(*) FILTER (WHERE x.framing = 'testimony')::int AS testimony,
           COUNT(*)::int AS total
    FROM ${selection} x JOIN outlet o ON o.id = x.outlet_id
    GROUP BY o.name`;
}

/** Remembered while the database is unchanged (lib/queries/plan/rememberedReads.ts). */
export const getFramingByOutlet = rememberedReads.wrap("getFramingByOutlet", computeFramingByOutlet);
