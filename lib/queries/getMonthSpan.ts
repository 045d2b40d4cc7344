// The first and last month with dated passages: how many months a date range leaves out (termStatFilter).
import { getPrisma } from "../db";
import { rememberedReads } from "./rememberedReads";

export interface MonthSpan { first: string; last: string }

async function computeMonthSpan(): Promise<MonthSpan | null> {
  const [span] = await getPrisma().$queryRaw<{ first: string | null; last: string | null }[]>`
    SELECT to_char(MIN(month), 'YYYY-MM') AS first, to_char(MAX(month), 'YYYY-MM') AS last
    FROM passage_stat WHERE month > DATE '1900-01-01'`;
  return span.first && span.last ? { first: span.first, last: span.last } : null;
}

/** Remembered while the database is unchanged (lib/queries/rememberedReads.ts). */
export const getMonthSpan = rememberedReads.wrap("getMonthSpan", computeMonthSpan);
