// Adds rows of (collection_id, framing, outlet_id, month, stem, n, count, passages, articles, articles_only,
// articles_without_previous) to term_stat or phrase_stat,
// summing into rows that exist. The one upsert that ingestion, relabelling and the phrase backfill share.
import { Prisma } from "../../db";

export type TermStatTable = "term_stat" | "phrase_stat";

/**
 * `dropEmptied`: rows the (negative) counts bring to zero are deleted, for a removal. Only the rows this upsert
 * changed can have emptied, so they are found from its RETURNING rather than by scanning the cells: at 1M
 * passages a scan of an article's four cells for empty rows took over 2 s per table, and a reviewer's relabel
 * outran its transaction's timeout.
 */
export async function upsertTermCells(tx: Prisma.TransactionClient, table: TermStatTable, rows: Prisma.Sql, options: { dropEmptied?: boolean } = {}): Promise<number> {
  // the table name comes from the two-value type above, never from input
  const t = Prisma.raw(table === "term_stat" ? "term_stat" : "phrase_stat");
  const upsert = Prisma.sql`
    INSERT INTO ${t} (collection_id, framing, outlet_id, month, stem, n, count, passages, articles, articles_only, articles_without_previous) ${rows}
    ON CONFLICT (collection_id, outlet_id, month, framing, stem) DO UPDATE SET count = ${t}.count + EXCLUDED.count,
      passages = ${t}.passages + EXCLUDED.passages, articles = ${t}.articles + EXCLUDED.articles,
      articles_only = ${t}.articles_only + EXCLUDED.articles_only,
      articles_without_previous = ${t}.articles_without_previous + EXCLUDED.articles_without_previous`;
  if (!options.dropEmptied) return tx.$executeRaw(upsert);
  const [{ changed, collections, framings, outlets, months, stems }] = await tx.$queryRaw<
    { changed: number; collections: number[]; framings: string[]; outlets: number[]; months: string[]; stems: string[] }[]
  >`
    WITH u AS (${upsert} RETURNING collection_id, framing, outlet_id, month, stem, count)
    SELECT (SELECT COUNT(*) FROM u)::int AS changed, COALESCE(array_agg(collection_id), '{}') AS collections,
           COALESCE(array_agg(framing::text), '{}') AS framings, COALESCE(array_agg(outlet_id), '{}') AS outlets,
           COALESCE(array_agg(month::text), '{}') AS months, COALESCE(array_agg(stem), '{}') AS stems
    FROM u WHERE count <= 0`;
  if (stems.length) {
    await tx.$executeRaw`
      DELETE FROM ${t} WHERE (collection_id, framing, outlet_id, month, stem) IN (
        SELECT * FROM unnest(${collections}::int[], ${framings}::"Framing"[], ${outlets}::int[], ${months}::date[], ${stems}::text[]))`;
  }
  return changed;
}
