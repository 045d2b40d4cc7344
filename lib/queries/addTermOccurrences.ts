// Adds newly stored passages' term occurrences to the corpus totals, inside the caller's transaction. Words
// are upserted into the dictionary; a phrase already there (seen PHRASE_MIN_COUNT times) has its total
// raised; any other phrase is appended to phrase_sighting (addPhraseSightings, once its passages have ids),
// unindexed, for foldPhraseSightings to count. That keeps the ~94% of phrases seen once out of the
// dictionary's B-tree (see the migration term_ids_by_hash).
import { Prisma } from "../db";

export interface TermOccurrences { id: string; n: number; count: number }

/** Which of the phrases added are counted (in the dictionary, so in phrase_stat): by stem. */
export async function addTermOccurrences(tx: Prisma.TransactionClient, added: Map<string, TermOccurrences>): Promise<Set<string>> {
  if (!added.size) return new Set();
  // Before anything is read: a fold (EXCLUSIVE on phrase_sighting) either finished before this, and the
  // phrases it counted are seen below, or waits for this transaction and sees its sightings.
  await tx.$executeRaw`LOCK TABLE phrase_sighting IN ROW EXCLUSIVE MODE`;
  // Words upserted in id order, so that concurrent writers lock shared rows in one order. The phrases'
  // UPDATE has no order of its own; writers reach it only after the words' upsert, on which they queue.
  const byId = [...added].map(([stem, t]) => ({ stem, t, key: BigInt(t.id) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const words = byId.filter((r) => r.t.n === 1).map((r) => [r.stem, r.t] as const);
  const phrases = byId.filter((r) => r.t.n > 1).map((r) => [r.stem, r.t] as const);
  if (words.length) {
    await tx.$executeRaw`
      INSERT INTO term (id, stem, n, count)
      SELECT * FROM unnest(${words.map(([, t]) => t.id)}::bigint[], ${words.map(([s]) => s)}::text[], ${words.map(() => 1)}::smallint[],
                           ${words.map(([, t]) => t.count)}::int[])
      ON CONFLICT (id) DO UPDATE SET count = term.count + EXCLUDED.count`;
  }
  if (!phrases.length) return new Set();
  const counted = await tx.$queryRaw<{ stem: string }[]>`
    UPDATE term SET count = term.count + x.count
    FROM unnest(${phrases.map(([, t]) => t.id)}::bigint[], ${phrases.map(([, t]) => t.count)}::int[]) AS x(id, count)
    WHERE term.id = x.id
    RETURNING term.stem`;
  return new Set(counted.map((r) => r.stem));
}

/**
 * The phrases not in the dictionary, one row per phrase and passage, appended to phrase_sighting for
 * foldPhraseSightings: with the passage, a fold counts a phrase that reaches PHRASE_MIN_COUNT into
 * phrase_stat from these rows instead of looking its passages up one phrase at a time.
 */
export async function addPhraseSightings(tx: Prisma.TransactionClient, rows: { id: string; stem: string; n: number; passageId: number; count: number }[]): Promise<void> {
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO phrase_sighting (id, stem, n, passage_id, count)
    SELECT * FROM unnest(${rows.map((r) => r.id)}::bigint[], ${rows.map((r) => r.stem)}::text[], ${rows.map((r) => r.n)}::smallint[],
                         ${rows.map((r) => r.passageId)}::int[], ${rows.map((r) => r.count)}::int[])`;
  await tx.$executeRaw`
    INSERT INTO phrase_sighting_state (id, pending) VALUES (1, ${rows.length})
    ON CONFLICT (id) DO UPDATE SET pending = phrase_sighting_state.pending + EXCLUDED.pending`;
}
