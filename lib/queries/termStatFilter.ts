// The filters as conditions on term_stat / phrase_stat rows (alias `s`), at the grain that answers them:
// outlet rows only when outlets are chosen, month rows only when dates are (or when months are asked for).
import { Prisma } from "../db";
import type { Filters } from "../schema";
import type { MonthSpan } from "./getMonthSpan";
import { ALL_OUTLETS, ALL_TIME, UNDATED } from "./statGrains";

/** Framing and outlet conditions, at the outlet grain the filters ask for. */
function scope(filters: Partial<Filters>): Prisma.Sql[] {
  return [
    ...(filters.framing?.length ? [Prisma.sql`s.framing = ANY(${filters.framing}::"Framing"[])`] : []),
    filters.outlet?.length
      ? Prisma.sql`s.outlet_id IN (SELECT id FROM outlet WHERE name IN (${Prisma.join(filters.outlet)}))`
      : Prisma.sql`s.outlet_id = ${ALL_OUTLETS}`,
  ];
}

export function termStatFilter(filters: Partial<Filters>, options: { byMonth?: boolean } = {}): Prisma.Sql {
  const parts = scope(filters);
  if (filters.from || filters.to || options.byMonth) {
    parts.push(Prisma.sql`s.month <> ${ALL_TIME}::date AND s.month <> ${UNDATED}::date`);
    if (filters.from) parts.push(Prisma.sql`s.month >= ${`${filters.from}-01`}::date`);
    if (filters.to) parts.push(Prisma.sql`s.month <= ${`${filters.to}-01`}::date`);
  } else {
    parts.push(Prisma.sql`s.month = ${ALL_TIME}::date`);
  }
  return Prisma.join(parts, " AND ");
}

export interface SignedRows { where: Prisma.Sql; sign: 1 | -1 }

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * A selection's rows as signed parts: its month rows, or, when the range leaves out fewer than half as many
 * months as it takes, its all-time rows minus the rows of the months outside the range (undated ones
 * included). Exact: an article lies in one month, so every count, articles included, adds up across months to
 * the all-time row. For words, which have a row in nearly every month: since 2019 in a corpus of 2018–2023
 * reads the all-time rows and 13 months instead of 60 (at 1M passages about 500,000 month rows for two outlets).
 */
export function signedTermStatRows(filters: Partial<Filters>, span: MonthSpan | null): SignedRows[] {
  const inRange: SignedRows[] = [{ where: termStatFilter(filters), sign: 1 }];
  if (!span || (!filters.from && !filters.to)) return inRange;
  const [first, last] = [monthIndex(span.first), monthIndex(span.last)];
  const from = Math.max(first, filters.from ? monthIndex(filters.from) : first);
  const to = Math.min(last, filters.to ? monthIndex(filters.to) : last);
  const taken = Math.max(0, to - from + 1);
  const left = last - first + 1 - taken + 1; // and the undated passages' month
  if (2 * left > taken) return inRange;
  const rows = (month: Prisma.Sql) => Prisma.join([...scope(filters), month], " AND ");
  const before = filters.from ? Prisma.sql`s.month < ${`${filters.from}-01`}::date OR ` : Prisma.empty;
  return [
    { where: rows(Prisma.sql`s.month = ${ALL_TIME}::date`), sign: 1 },
    { where: rows(Prisma.sql`s.month > ${ALL_TIME}::date AND (${before}s.month = ${UNDATED}::date)`), sign: -1 },
    ...(filters.to ? [{ where: rows(Prisma.sql`s.month > ${`${filters.to}-01`}::date`), sign: -1 as const }] : []),
  ];
}
