// Which of a batch's phrases are in the dictionary (term), and so counted in phrase_stat. A phrase enters it
// once seen PHRASE_MIN_COUNT times (foldPhraseSightings); until then it waits in phrase_sighting, unindexed,
// which keeps the ~94% of phrases seen once out of the dictionary's B-tree (migration term_ids_by_hash).
// Read first in an ingest's transaction (lib/queries/writes/saveArticle.ts), without locking a row.
import type { Prisma } from "../../db";
import type { TermOccurrences } from "./termOccurrences";

/**
 * Which of the phrases added are counted (in the dictionary, so in phrase_stat): by stem. Only a fold adds
 * phrases to the dictionary, and a fold waits for the lock taken here, so the answer holds until commit.
 */
export async function findCountedPhrases(tx: Prisma.TransactionClient, added: Map<string, TermOccurrences>): Promise<Set<string>> {
  // Before anything is read: a fold (EXCLUSIVE on phrase_sighting) either finished before this, and the
  // phrases it counted are seen below, or waits for this transaction and sees its sightings.
  await tx.$executeRaw`LOCK TABLE phrase_sighting IN ROW EXCLUSIVE MODE`;
  const phrases = [...added.values()].filter((t) => t.n > 1).map((t) => t.id);
  if (!phrases.length) return new Set();
  const counted = await tx.$queryRaw<{ stem: string }[]>`SELECT stem FROM term WHERE id = ANY(${phrases}::bigint[])`;
  return new Set(counted.map((r) => r.stem));
}
