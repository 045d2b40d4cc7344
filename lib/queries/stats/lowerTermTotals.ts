// The dictionary's corpus totals (term.count) lowered by deleted articles' occurrences (temp table deleted_term,
// noteDeletedTerms), in id order as ingestion raises them (addTermTotals). A word no passage uses any more
// leaves the dictionary, as if it had never been ingested, and a phrase that falls below PHRASE_MIN_COUNT
// leaves it too (demotePhrases) — both only once the statistics are done with them: they count a passage's
// terms through the dictionary (PASSAGE_TERM_ROWS), so a word taken out first would keep its coarse rows.
import type { Prisma } from "../../db";
import { PHRASE_MIN_COUNT } from "./statGrains";

/** A counted phrase whose total fell below the threshold: its id, stem and remaining occurrences. */
export interface FallenPhrase { id: string; stem: string; count: number }

export async function lowerTermTotals(tx: Prisma.TransactionClient): Promise<FallenPhrase[]> {
  await tx.$executeRaw`SELECT t.id FROM term t JOIN deleted_term d ON d.id = t.id ORDER BY t.id FOR UPDATE OF t`;
  const fallen = await tx.$queryRaw<{ id: bigint; stem: string; count: number }[]>`
    WITH lowered AS (UPDATE term t SET count = t.count - d.count FROM deleted_term d WHERE d.id = t.id RETURNING t.id, t.stem, t.n, t.count)
    SELECT id, stem, count FROM lowered WHERE n > 1 AND count < ${PHRASE_MIN_COUNT}`;
  return fallen.map((t) => ({ id: t.id.toString(), stem: t.stem, count: t.count }));
}

/** The words the deletion left unused leave the dictionary: the last step, after the statistics. */
export async function dropUnusedWords(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`DELETE FROM term t USING deleted_term d WHERE d.id = t.id AND t.n = 1 AND t.count <= 0`;
}
