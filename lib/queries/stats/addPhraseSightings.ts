// A batch's phrases not yet in the dictionary, appended to phrase_sighting for foldPhraseSightings to count
// (see findCountedPhrases).
import type { Prisma } from "../../db";

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
