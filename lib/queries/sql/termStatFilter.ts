// The filters as conditions on term_stat / phrase_stat rows (alias `s`), at the grain that answers them:
// outlet rows only when outlets are chosen, month rows only when dates are (or when months are asked for).
import { Prisma } from "../../db";
import type { Filters } from "../../schema";
import { collectionId } from "./collectionFilter";
import { ALL_OUTLETS, ALL_TIME, UNDATED } from "../stats/statGrains";

export function termStatFilter(filters: Partial<Filters>, options: { byMonth?: boolean } = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`s.collection_id = ${collectionId(filters)}`];
  if (filters.framing?.length) parts.push(Prisma.sql`s.framing = ANY(${filters.framing}::"Framing"[])`);
  parts.push(filters.outlet?.length
    ? Prisma.sql`s.outlet_id IN (SELECT id FROM outlet WHERE name IN (${Prisma.join(filters.outlet)}))`
    : Prisma.sql`s.outlet_id = ${ALL_OUTLETS}`);
  if (filters.from || filters.to || options.byMonth) {
    parts.push(Prisma.sql`s.month <> ${ALL_TIME}::date AND s.month <> ${UNDATED}::date`);
    if (filters.from) parts.push(Prisma.sql`s.month >= ${`${filters.from}-01`}::date`);
    if (filters.to) parts.push(Prisma.sql`s.month <= ${`${filters.to}-01`}::date`);
  } else {
    parts.push(Prisma.sql`s.month = ${ALL_TIME}::date`);
  }
  return Prisma.join(parts, " AND ");
}
