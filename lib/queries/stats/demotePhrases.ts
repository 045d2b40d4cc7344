// Phrases that a deletion brought below PHRASE_MIN_COUNT leave the dictionary and phrase_stat, and their
// remaining occurrences wait in phrase_sighting again: the reverse of a fold's promotion (foldPhraseSightings),
// so the store is what ingesting only the remaining articles would have made. Left counted, such a phrase would
// be half in and half out: relabels and rebuilds skip phrases under the threshold (COUNTED_PHRASES) while
// ingestion adds to any phrase in the dictionary.
// Runs after the deleted passages are gone, with phrase_sighting locked EXCLUSIVE by the caller (no ingest,
// relabel or fold is between its reading and its writing of which phrases are counted).
import { Prisma } from "../../db";
import { MONTH_OF_PASSAGE, termCellsFromPassages } from "./statGrains";
import { PASSAGE_TERM_ROWS, unnestTerms } from "../sql/passageTermRows";
import { upsertTermCells } from "./upsertTermCells";
import type { FallenPhrase } from "./lowerTermTotals";

/** Answers how many sighting rows it appended (the caller notes them as pending). */
export async function demotePhrases(tx: Prisma.TransactionClient, fallen: FallenPhrase[]): Promise<number> {
  if (!fallen.length) return 0;
  const ids = Prisma.sql`${fallen.map((p) => p.id)}::bigint[]`;
  const stems = fallen.map((p) => p.stem);
  await findRemainingPassages(tx, ids);
  const holding = Prisma.sql`p.id IN (SELECT passage_id FROM fallen_phrase_passage)`;
  // Their remaining cells, at every grain, are exactly the remaining passages' contribution: taken out, the
  // rows reach zero and are deleted. The outlet-months are outside the deletion's own, which passage_stat's
  // trigger does not see: noted for the statistics cube's refresh (migration 20261205000000_stats_cell_change).
  await tx.$executeRaw`
    INSERT INTO stats_cell_change (outlet_id, month)
    SELECT DISTINCT p.outlet_id, ${MONTH_OF_PASSAGE} FROM passage p WHERE ${holding} ORDER BY 1, 2 ON CONFLICT DO NOTHING`;
  await upsertTermCells(tx, "phrase_stat",
    termCellsFromPassages(PASSAGE_TERM_ROWS, Prisma.sql`${holding} AND t.stem = ANY(${stems}::text[])`, "all", -1), { dropEmptied: true });
  const appended = await tx.$executeRaw`
    INSERT INTO phrase_sighting (id, stem, n, passage_id, count)
    SELECT t.id, t.stem, t.n, v.passage_id, u.count
    FROM passage_terms v CROSS JOIN LATERAL ${unnestTerms("phrases")} JOIN term t ON t.id = u.term_id
    WHERE v.passage_id IN (SELECT passage_id FROM fallen_phrase_passage) AND u.term_id = ANY(${ids})`;
  await tx.$executeRaw`DELETE FROM term WHERE id = ANY(${ids})`;
  return appended;
}

/**
 * The remaining passages using the phrases (temp table fallen_phrase_passage), through the vectors' GIN index.
 * With a few hundred ids the planner expects most of the table to match `&&` and reads all of it (seconds at
 * 20,000 passages, minutes at a million), where each phrase is in at most two passages: sequential scans are
 * ruled out for this one statement.
 */
async function findRemainingPassages(tx: Prisma.TransactionClient, ids: Prisma.Sql): Promise<void> {
  const [{ before }] = await tx.$queryRaw<{ before: string }[]>`SELECT current_setting('enable_seqscan') AS before`;
  await tx.$executeRaw`SELECT set_config('enable_seqscan', 'off', true)`;
  await tx.$executeRaw`CREATE TEMP TABLE fallen_phrase_passage ON COMMIT DROP AS SELECT passage_id FROM passage_terms WHERE term_ids && ${ids}`;
  await tx.$executeRaw`SELECT set_config('enable_seqscan', ${before}, true)`;
  await tx.$executeRaw`ANALYZE fallen_phrase_passage`;
}
