// Adds rows of (framing, outlet_id, month, stem, n, count, passages, articles) to term_stat or phrase_stat,
// summing into rows that exist. The one upsert that ingestion, relabelling and the phrase backfill share.
import { Prisma } from "../db";

export type TermStatTable = "term_stat" | "phrase_stat";

export function upsertTermCells(tx: Prisma.TransactionClient, table: TermStatTable, rows: Prisma.Sql): Promise<number> {
  // the table name comes from the two-value type above, never from input
  const t = Prisma.raw(table === "term_stat" ? "term_stat" : "phrase_stat");
  return tx.$executeRaw`
    INSERT INTO ${t} (framing, outlet_id, month, stem, n, count, passages, articles) ${rows}
    ON CONFLICT (framing, outlet_id, month, stem) DO UPDATE SET count = ${t}.count + EXCLUDED.count,
      passages = ${t}.passages + EXCLUDED.passages, articles = ${t}.articles + EXCLUDED.articles`;
}
