// Passages per framing for each outlet: the stacked bars of the overview.
import { getPrisma, Prisma } from "../db";
import type { Filters } from "../schema";
import { passageFilter } from "./passageFilter";
import { statFilter, statsCanAnswer } from "./statFilter";
import { chooseSearchPath } from "./chooseSearchPath";
import { rememberedReads } from "./rememberedReads";

export interface OutletFramingRow { outlet: string; official: number; critical: number; testimony: number; total: number }

async function computeFramingByOutlet(filters: Partial<Filters>): Promise<OutletFramingRow[]> {
  await chooseSearchPath(filters);
  if (statsCanAnswer(filters)) {
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
  return getPrisma().$queryRaw<OutletFramingRow[]>(Prisma.sql`
    SELECT o.name AS outlet,
           COUNT(*) FILTER (WHERE p.framing = 'official')::int  AS official,
           COUNT(*) FILTER (WHERE p.framing = 'critical')::int  AS critical,
           COUNT(*) FILTER (WHERE p.framing = 'testimony')::int AS testimony,
           COUNT(*)::int AS total
    FROM passage p JOIN outlet o ON o.id = p.outlet_id
    WHERE ${passageFilter(filters)}
    GROUP BY o.name
    ORDER BY total DESC, o.name`);
}

/** Remembered while the database is unchanged (lib/queries/rememberedReads.ts). */
export const getFramingByOutlet = rememberedReads.wrap("getFramingByOutlet", computeFramingByOutlet);
