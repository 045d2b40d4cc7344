// The dictionary's corpus totals (term.count) of a batch's words and counted phrases, raised near the end of
// an ingest's transaction: common words' rows are shared by every batch (lib/queries/writes/saveArticle.ts).
import type { Prisma } from "../../db";
import type { TermOccurrences } from "./termOccurrences";

/**
 * The corpus totals of the words and of the counted phrases, raised in one upsert in id order, so that
 * concurrent writers lock these shared rows in one order. A counted phrase is always there: it is updated.
 */
export async function addTermTotals(tx: Prisma.TransactionClient, added: Map<string, TermOccurrences>, counted: Set<string>): Promise<void> {
  const rows = [...added].filter(([stem, t]) => t.n === 1 || counted.has(stem))
    .map(([stem, t]) => ({ stem, t, key: BigInt(t.id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO term (id, stem, n, count)
    SELECT * FROM unnest(${rows.map((r) => r.t.id)}::bigint[], ${rows.map((r) => r.stem)}::text[], ${rows.map((r) => r.t.n)}::smallint[],
                         ${rows.map((r) => r.t.count)}::int[])
    ON CONFLICT (id) DO UPDATE SET count = term.count + EXCLUDED.count`;
}
