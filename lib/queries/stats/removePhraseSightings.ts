// The waiting phrase sightings (phrase_sighting) of articles about to be deleted: their rows go, and the count
// of rows waiting (phrase_sighting_state) follows, so a fold is still due when it would have been.
import type { Prisma } from "../../db";

/**
 * Deletes the sightings of the articles' passages; answers how many. phrase_sighting has no index (a
 * fold reads it whole), so this is one pass over it: the price of keeping ingestion's appends cheap.
 */
export async function removePhraseSightings(tx: Prisma.TransactionClient, articleIds: number[]): Promise<number> {
  return tx.$executeRaw`
    DELETE FROM phrase_sighting s USING passage p WHERE p.id = s.passage_id AND p.article_id = ANY(${articleIds}::int[])`;
}

/**
 * The waiting count after `removed` rows went and `appended` came (phrases a deletion put back, demotePhrases):
 * pending + folded is the number of rows in the table (foldPhraseSightings). Removed rows are taken from the
 * folded ones first; appended ones are pending, for the next fold to sum. One row every writer shares: last.
 */
export async function notePhraseSightingsChanged(tx: Prisma.TransactionClient, removed: number, appended: number): Promise<void> {
  if (!removed && !appended) return;
  await tx.$executeRaw`
    INSERT INTO phrase_sighting_state (id, pending, folded) VALUES (1, ${appended}, 0)
    ON CONFLICT (id) DO UPDATE SET
      folded = GREATEST(phrase_sighting_state.folded - ${removed}, 0),
      pending = GREATEST(phrase_sighting_state.pending + ${appended} - GREATEST(${removed} - phrase_sighting_state.folded, 0), 0)`;
}
