import type { Prisma } from "../../db";

/**
 * Reuse detection and cluster changes take turns, until their transaction ends: a writer must see the
 * fingerprints of every article committed before it, or two reprints stored at once would each miss the
 * other, and two writers must not recompute one cluster at once. Ingest takes this lock after writing its
 * passages and before its statistics, so it waits holding only rows nobody else can see; a delete takes it
 * before deleting anything (lib/queries/reuse/refreshReuseClusters.ts).
 */
export async function lockReuse(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('reuse_detection'))`;
}
