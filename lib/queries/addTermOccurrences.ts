// Newly stored passages' term occurrences, inside the caller's transaction. Words are upserted into the
// dictionary; a phrase already there (seen PHRASE_MIN_COUNT times) has its total raised; any other phrase is
// appended to phrase_sighting (addPhraseSightings, once its passages have ids), unindexed, for
// foldPhraseSightings to count. That keeps the ~94% of phrases seen once out of the dictionary's B-tree (see
// the migration term_ids_by_hash).
//
// Split in three because a batch writes its own rows first and the rows every batch shares last
// (lib/queries/saveArticle.ts): which phrases are counted is read at the start, without locking any row;
// the sightings are appended with the batch's passages; the dictionary's totals are raised near the end.
import { Prisma } from "../db";

export interface TermOccurrences { id: string; n: number; count: number }

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

/**
 * The phrases not in the dictionary, one row per phrase and passage, appended to phrase_sighting for
 * foldPhraseSightings: with the passage, a fold counts a phrase that reaches PHRASE_MIN_COUNT into
 * phrase_stat from these rows instead of looking its passages up one phrase at a time. The count of rows
 * waiting is one row every writer shares: notePendingSightings, with the other shared rows.
 */
export async function addPhraseSightings(tx: Prisma.TransactionClient, rows: { id: string; stem: string; n: number; passageId: number; count: number }[]): Promise<void> {
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO phrase_sighting (id, stem, n, passage_id, count)
    SELECT * FROM unnest(${rows.map((r) => r.id)}::bigint[], ${rows.map((r) => r.stem)}::text[], ${rows.map((r) => r.n)}::smallint[],
                         ${rows.map((r) => r.passageId)}::int[], ${rows.map((r) => r.count)}::int[])`;
}

export async function notePendingSightings(tx: Prisma.TransactionClient, appended: number): Promise<void> {
  if (!appended) return;
  await tx.$executeRaw`
    INSERT INTO phrase_sighting_state (id, pending) VALUES (1, ${appended})
    ON CONFLICT (id) DO UPDATE SET pending = phrase_sighting_state.pending + EXCLUDED.pending`;
}
