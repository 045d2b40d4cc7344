import type { Prisma } from "../../db";

/**
 * Reuse detection and cluster changes take turns, until their transaction ends: a writer must see the
 * fingerprints of every article committed before it, or two reprints stored at once would each miss the
 * other, and two writers must not recompute one cluster at once. Ingest takes it last, after its statistics:
 * batches already take turns at the shared statistics rows, so this adds no wait of its own, where taking it
 * before the statistics would make the next batch wait from its passages on (decision 014 has the measurement).
 * A delete takes it after its EXCLUSIVE lock on phrase_sighting, which no ingest can hold at the same time, and
 * before deleting anything (lib/queries/writes/deleteArticles.ts).
 */
export async function lockReuse(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('reuse_detection'))`;
}
