// Passages per framing for each outlet: the stacked bars of the overview.
import { framingByOutletFromCube, type OutletFramingRow } from "../../analysis/cubeFramingBreakdown";
import { getPrisma, Prisma } from "../../db";
import type { Filters } from "../../schema";
import { defineRead } from "../plan/defineRead";
import { passageCells } from "../sql/passageFilter";
import { statFilter } from "../sql/statFilter";

export type { OutletFramingRow };

export const getFramingByOutlet = defineRead<[filters: Partial<Filters>], OutletFramingRow[]>("getFramingByOutlet", {
  cube: ({ cube, filters }) => framingByOutletFromCube(cube, filters),
  stats: ({ filters }) => getPrisma().$queryRaw<OutletFramingRow[]>(Prisma.sql`
    SELECT o.name AS outlet,
           COALESCE(SUM(s.passages) FILTER (WHERE s.framing = 'official'), 0)::int  AS official,
           COALESCE(SUM(s.passages) FILTER (WHERE s.framing = 'critical'), 0)::int  AS critical,
           COALESCE(SUM(s.passages) FILTER (WHERE s.framing = 'testimony'), 0)::int AS testimony,
           SUM(s.passages)::int AS total
    FROM passage_stat s JOIN outlet o ON o.id = s.outlet_id
    WHERE ${statFilter(filters)}
    GROUP BY o.name HAVING SUM(s.passages) > 0
    ORDER BY total DESC, o.name`),
  passages: ({ filters }) => getPrisma().$queryRaw<OutletFramingRow[]>(Prisma.sql`${outletRowsOf(passageCells(filters))} ORDER BY total DESC, o.name`),
});

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
