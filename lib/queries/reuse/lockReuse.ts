import type { Prisma } from "../../db";

/**
 * Reuse detection and cluster changes take turns, until their transaction ends: a writer must see the
 * fingerprints of every article committed before it, or two reprints stored at once would each miss the
 * other, and two writers must not recompute one cluster at once. Every writer takes it after its lock on
 * phrase_sighting and before any statistics row: ingest after writing its passages (waiting, it holds only its
 * new rows and that table lock), a delete before deleting anything (lib/queries/writes/deleteArticles.ts).
 */
export async function lockReuse(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('reuse_detection'))`;
}
