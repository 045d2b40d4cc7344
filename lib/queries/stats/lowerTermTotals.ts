// The dictionary's corpus totals (term.count) lowered by deleted articles' occurrences (temp table deleted_term,
// noteDeletedTerms), in id order as ingestion raises them (addTermTotals). A word no passage uses any more
// leaves the dictionary, as if it had never been ingested; a phrase that falls below PHRASE_MIN_COUNT is
// handed back to the caller to leave it too (demotePhrases).
import type { Prisma } from "../../db";
import { PHRASE_MIN_COUNT } from "./statGrains";

/** A counted phrase whose total fell below the threshold: its id, stem and remaining occurrences. */
export interface FallenPhrase { id: string; stem: string; count: number }

export async function lowerTermTotals(tx: Prisma.TransactionClient): Promise<FallenPhrase[]> {
  await tx.$executeRaw`SELECT t.id FROM term t JOIN deleted_term d ON d.id = t.id ORDER BY t.id FOR UPDATE OF t`;
  const changed = await tx.$queryRaw<{ id: bigint; stem: string; n: number; count: number }[]>`
    WITH lowered AS (UPDATE term t SET count = t.count - d.count FROM deleted_term d WHERE d.id = t.id RETURNING t.id, t.stem, t.n, t.count)
    SELECT id, stem, n, count FROM lowered WHERE (n = 1 AND count <= 0) OR (n > 1 AND count < ${PHRASE_MIN_COUNT})`;
  const gone = changed.filter((t) => t.n === 1 && t.count <= 0).map((t) => t.id.toString());
  if (gone.length) await tx.$executeRaw`DELETE FROM term WHERE id = ANY(${gone}::bigint[])`;
  return changed.filter((t) => t.n > 1).map((t) => ({ id: t.id.toString(), stem: t.stem, count: t.count }));
}
