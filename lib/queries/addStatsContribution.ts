// Adds newly stored passages' contribution (lib/analysis/statsContribution) to the precomputed statistics,
// inside the caller's transaction. Rows go in key order, the order applyPassageStats uses, so that
// concurrent writers take the statistics rows' locks in the same order.
import { Prisma } from "../db";
import type { StatsContribution } from "../analysis/statsContribution";

export async function addStatsContribution(tx: Prisma.TransactionClient, outletId: number, publishedAt: Date | null, c: StatsContribution): Promise<void> {
  const month = publishedAt ? `${publishedAt.toISOString().slice(0, 7)}-01` : "1900-01-01";
  if (c.terms.length) {
    await tx.$executeRaw`
      INSERT INTO term_stat (framing, outlet_id, month, stem, n, count, passages)
      SELECT t.framing, ${outletId}::int, ${month}::date, t.stem, 1, t.count, t.passages
      FROM unnest(${c.terms.map((r) => r.framing)}::"Framing"[], ${c.terms.map((r) => r.stem)}::text[],
                  ${c.terms.map((r) => r.count)}::int[], ${c.terms.map((r) => r.passages)}::int[]) AS t(framing, stem, count, passages)
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (framing, outlet_id, month, stem) DO UPDATE
        SET count = term_stat.count + EXCLUDED.count, passages = term_stat.passages + EXCLUDED.passages`;
  }
  if (c.passages.length) {
    await tx.$executeRaw`
      INSERT INTO passage_stat (framing, outlet_id, month, passages, tokens)
      SELECT t.framing, ${outletId}::int, ${month}::date, t.passages, t.tokens
      FROM unnest(${c.passages.map((r) => r.framing)}::"Framing"[], ${c.passages.map((r) => r.passages)}::int[],
                  ${c.passages.map((r) => r.tokens)}::int[]) AS t(framing, passages, tokens)
      ORDER BY 1, 2, 3
      ON CONFLICT (framing, outlet_id, month) DO UPDATE
        SET passages = passage_stat.passages + EXCLUDED.passages, tokens = passage_stat.tokens + EXCLUDED.tokens`;
  }
  if (c.surfaces.length) {
    await tx.$executeRaw`
      INSERT INTO term_surface (stem, surface, count)
      SELECT * FROM unnest(${c.surfaces.map((r) => r.stem)}::text[], ${c.surfaces.map((r) => r.surface)}::text[], ${c.surfaces.map((r) => r.count)}::int[])
      ORDER BY 1, 2
      ON CONFLICT (stem, surface) DO UPDATE SET count = term_surface.count + EXCLUDED.count`;
  }
}
