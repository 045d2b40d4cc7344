// How often each competing name of a contested-terms group is used: by outlet, by year, by framing (who uses
// which name), and the forms actually found under each name. Every occurrence is matched once, in one
// statement, and counted four ways.
import { getPrisma, Prisma } from "../../db";
import { type ContestedGroup, namePgPattern } from "../../analysis/contestedTerms";
import type { FramingLabel } from "../../classify/labels";
import type { Filters } from "../../schema";
import { defineRead } from "../plan/defineRead";
import { type PlannedFilters, passageFilter, passageFraming } from "../sql/passageFilter";

export interface LedgerCell { key: string; nameId: string; count: number; passages: number }
export interface LedgerFramingCell { framing: FramingLabel; nameId: string; count: number; passages: number }
/** one form of a name as the passages write it (lower-cased, spaces collapsed) and its occurrences */
export interface LedgerForm { nameId: string; form: string; count: number }

export interface ContestedLedger { byOutlet: LedgerCell[]; byYear: LedgerCell[]; byFraming: LedgerFramingCell[]; forms: LedgerForm[] }

export const getContestedLedger = defineRead<[group: ContestedGroup, filters: Partial<Filters>], ContestedLedger>("getContestedLedger", {
  selection: (_, filters) => filters,
  passages: ({ filters }, group) => ledgerOf(group, filters),
});

async function ledgerOf(group: ContestedGroup, filters: PlannedFilters): Promise<ContestedLedger> {
  const where = passageFilter(filters);
  // one row per occurrence: regexp_matches with 'g' returns every match, the outer group being the whole of it
  const perName = group.names.map((n) => Prisma.sql`
    SELECT ${n.id}::text AS name_id, p.id AS passage_id, o.name AS outlet, COALESCE(to_char(p.published_at, 'YYYY'), 'undated') AS year,
           ${passageFraming(filters)}::text AS framing, regexp_replace(lower(m[1]), '\\s+', ' ', 'g') AS form
    FROM passage p JOIN outlet o ON o.id = p.outlet_id, regexp_matches(p.text, ${`(${namePgPattern(n)})`}, 'gi') AS m
    WHERE ${where} AND p.text ~* ${namePgPattern(n)}`);
  const [ledger] = await getPrisma().$queryRaw<ContestedLedger[]>(Prisma.sql`
    WITH hits AS MATERIALIZED (${Prisma.join(perName, " UNION ALL ")})
    SELECT
      (SELECT COALESCE(json_agg(r ORDER BY r.key, r."nameId"), '[]') FROM (
         SELECT outlet AS key, name_id AS "nameId", COUNT(*)::int AS count, COUNT(DISTINCT passage_id)::int AS passages
         FROM hits GROUP BY 1, 2) r) AS "byOutlet",
      (SELECT COALESCE(json_agg(r ORDER BY r.key, r."nameId"), '[]') FROM (
         SELECT year AS key, name_id AS "nameId", COUNT(*)::int AS count, COUNT(DISTINCT passage_id)::int AS passages
         FROM hits GROUP BY 1, 2) r) AS "byYear",
      (SELECT COALESCE(json_agg(r ORDER BY r.framing, r."nameId"), '[]') FROM (
         SELECT framing, name_id AS "nameId", COUNT(*)::int AS count, COUNT(DISTINCT passage_id)::int AS passages
         FROM hits GROUP BY 1, 2) r) AS "byFraming",
      (SELECT COALESCE(json_agg(r ORDER BY r."nameId", r.count DESC, r.form), '[]') FROM (
         SELECT name_id AS "nameId", form, COUNT(*)::int AS count FROM hits GROUP BY 1, 2) r) AS forms`);
  return ledger;
}
