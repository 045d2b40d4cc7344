// How often each competing name of a contested-terms group is used, by outlet and by year.
import { getPrisma, Prisma } from "../../db";
import { type ContestedGroup, namePgPattern } from "../../analysis/contestedTerms";
import type { Filters } from "../../schema";
import { defineRead } from "../plan/defineRead";
import { type PlannedFilters, passageFilter } from "../sql/passageFilter";

export interface LedgerCell { key: string; nameId: string; count: number; passages: number }

export interface ContestedLedger { byOutlet: LedgerCell[]; byYear: LedgerCell[] }

export const getContestedLedger = defineRead<[group: ContestedGroup, filters: Partial<Filters>], ContestedLedger>("getContestedLedger", {
  selection: (_, filters) => filters,
  passages: ({ filters }, group) => ledgerOf(group, filters),
});

async function ledgerOf(group: ContestedGroup, filters: PlannedFilters): Promise<ContestedLedger> {
  const where = passageFilter(filters);
  const perName = group.names.map((n) => Prisma.sql`
    SELECT ${n.id}::text AS name_id, o.name AS outlet, to_char(p.published_at, 'YYYY') AS year,
           regexp_count(p.text, ${namePgPattern(n)}, 1, 'i') AS count
    FROM passage p JOIN outlet o ON o.id = p.outlet_id
    WHERE ${where} AND p.text ~* ${namePgPattern(n)}`);
  const hits = Prisma.join(perName, " UNION ALL ");
  const prisma = getPrisma();
  const [byOutlet, byYear] = await Promise.all([
    prisma.$queryRaw<LedgerCell[]>(Prisma.sql`
      SELECT outlet AS key, name_id AS "nameId", SUM(count)::int AS count, COUNT(*)::int AS passages
      FROM (${hits}) h GROUP BY outlet, name_id ORDER BY outlet`),
    prisma.$queryRaw<LedgerCell[]>(Prisma.sql`
      SELECT COALESCE(year, 'undated') AS key, name_id AS "nameId", SUM(count)::int AS count, COUNT(*)::int AS passages
      FROM (${hits}) h GROUP BY year, name_id ORDER BY year`),
  ]);
  return { byOutlet, byYear };
}
