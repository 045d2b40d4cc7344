// Adds newly stored passages' term occurrences to the corpus totals in the term dictionary, inside the
// caller's transaction, numbering the terms seen for the first time. One upsert gives both what the term
// vectors need (ids) and what the phrase statistics need (each term's corpus total, now and so before).
import { Prisma } from "../db";

export interface TermTotal { id: number; n: number; added: number; count: number }

export async function addTermOccurrences(tx: Prisma.TransactionClient, added: Map<string, { n: number; count: number }>): Promise<Map<string, TermTotal>> {
  if (!added.size) return new Map();
  // in key order, so that concurrent writers lock shared terms in the same order
  const stems = [...added.keys()].sort();
  const rows = await tx.$queryRaw<{ id: number; stem: string; count: number }[]>`
    INSERT INTO term (stem, n, count)
    SELECT * FROM unnest(${stems}::text[], ${stems.map((s) => added.get(s)!.n)}::smallint[], ${stems.map((s) => added.get(s)!.count)}::int[])
    ON CONFLICT (stem) DO UPDATE SET count = term.count + EXCLUDED.count
    RETURNING id, stem, count`;
  return new Map(rows.map((r) => [r.stem, { id: r.id, n: added.get(r.stem)!.n, added: added.get(r.stem)!.count, count: r.count }]));
}
