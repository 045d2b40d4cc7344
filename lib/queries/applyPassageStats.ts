// Adds (+1) or removes (−1) some stored passages' contributions to the framing statistics, inside the
// caller's transaction: relabelling removes, updates framing, then adds back. (Ingestion adds new passages
// from the values it writes: addStatsContribution.) Surface counts do not depend on framing: untouched.
import { Prisma } from "../db";

const MONTH = Prisma.sql`COALESCE(date_trunc('month', p.published_at)::date, DATE '1900-01-01')`;

export async function applyPassageStats(tx: Prisma.TransactionClient, passageIds: number[], sign: 1 | -1): Promise<void> {
  if (!passageIds.length) return;
  const ids = Prisma.sql`${passageIds}::int[]`;
  // rows in key order, so concurrent writers take row locks in the same order
  await tx.$executeRaw`
    INSERT INTO term_stat (framing, outlet_id, month, stem, n, count, passages)
    SELECT p.framing, p.outlet_id, ${MONTH}, t.stem, MIN(t.n), ${sign} * SUM(t.count), ${sign} * COUNT(DISTINCT t.passage_id)
    FROM passage_term t JOIN passage p ON p.id = t.passage_id
    WHERE p.id = ANY(${ids}) AND t.n = 1
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (framing, outlet_id, month, stem) DO UPDATE
      SET count = term_stat.count + EXCLUDED.count, passages = term_stat.passages + EXCLUDED.passages`;
  await tx.$executeRaw`
    INSERT INTO passage_stat (framing, outlet_id, month, passages, tokens)
    SELECT p.framing, p.outlet_id, ${MONTH}, ${sign} * COUNT(*),
           ${sign} * COALESCE(SUM((SELECT SUM(t.count) FROM passage_term t WHERE t.passage_id = p.id AND t.n = 1)), 0)
    FROM passage p WHERE p.id = ANY(${ids})
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (framing, outlet_id, month) DO UPDATE
      SET passages = passage_stat.passages + EXCLUDED.passages, tokens = passage_stat.tokens + EXCLUDED.tokens`;
  if (sign === -1) {
    await tx.$executeRaw`DELETE FROM term_stat WHERE count <= 0 AND stem IN (SELECT DISTINCT stem FROM passage_term WHERE passage_id = ANY(${ids}) AND n = 1)`;
    await tx.$executeRaw`DELETE FROM passage_stat WHERE passages <= 0`;
  }
}
