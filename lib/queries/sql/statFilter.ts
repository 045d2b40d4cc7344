// The same filters as passageFilter, applied to the precomputed framing × outlet × month statistics
// (alias `s`), for selections the statistics answer exactly (lib/queries/plan/storeChoice.ts: statsCanAnswer).
import { Prisma } from "../../db";
import type { Filters } from "../../schema";
import { collectionId } from "./collectionFilter";

const UNDATED = Prisma.sql`DATE '1900-01-01'`;

export function statFilter(filters: Partial<Filters>): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`s.collection_id = ${collectionId(filters)}`];
  if (filters.framing?.length) parts.push(Prisma.sql`s.framing = ANY(${filters.framing}::"Framing"[])`);
  if (filters.outlet?.length) parts.push(Prisma.sql`s.outlet_id IN (SELECT id FROM outlet WHERE name IN (${Prisma.join(filters.outlet)}))`);
  if (filters.from || filters.to) parts.push(Prisma.sql`s.month <> ${UNDATED}`);
  if (filters.from) parts.push(Prisma.sql`s.month >= ${`${filters.from}-01`}::date`);
  if (filters.to) parts.push(Prisma.sql`s.month <= ${`${filters.to}-01`}::date`);
  return Prisma.join(parts, " AND ");
}
