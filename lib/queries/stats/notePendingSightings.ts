// The count of sighting rows waiting for a fold (phrase_sighting_state), which tells foldPhraseSightings when
// one is due.
import type { Prisma } from "../../db";

/** One row every writer shares: an ingest writes it last. */
export async function notePendingSightings(tx: Prisma.TransactionClient, appended: number): Promise<void> {
  if (!appended) return;
  await tx.$executeRaw`
    INSERT INTO phrase_sighting_state (id, pending) VALUES (1, ${appended})
    ON CONFLICT (id) DO UPDATE SET pending = phrase_sighting_state.pending + EXCLUDED.pending`;
}
