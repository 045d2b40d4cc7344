// Recomputes the precomputed statistics from the passages themselves (after a bulk repair, and in tests
// as the "recount" the incremental statistics must equal).
import { getPrisma } from "../db";
import { COUNTED_PHRASES, GRAIN_COLUMNS, GRAIN_GROUPING, MONTH_OF_PASSAGE } from "./statGrains";

export async function rebuildStats(): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    await tx.$executeRaw`TRUNCATE term_stat, phrase_stat, phrase_total, passage_stat, term_surface`;
    await tx.$executeRaw`
      INSERT INTO term_stat (framing, outlet_id, month, stem, n, count, passages, articles)
      SELECT ${GRAIN_COLUMNS}, MIN(t.n), SUM(t.count), COUNT(DISTINCT t.passage_id), COUNT(DISTINCT p.article_id)
      FROM passage_term t JOIN passage p ON p.id = t.passage_id WHERE t.n = 1 GROUP BY ${GRAIN_GROUPING}`;
    await tx.$executeRaw`INSERT INTO phrase_total (stem, count) SELECT stem, SUM(count) FROM passage_term WHERE n > 1 GROUP BY stem`;
    await tx.$executeRaw`
      INSERT INTO phrase_stat (framing, outlet_id, month, stem, n, count, passages, articles)
      SELECT ${GRAIN_COLUMNS}, MIN(t.n), SUM(t.count), COUNT(DISTINCT t.passage_id), COUNT(DISTINCT p.article_id)
      FROM passage_term t JOIN passage p ON p.id = t.passage_id WHERE t.n > 1 AND t.stem IN ${COUNTED_PHRASES} GROUP BY ${GRAIN_GROUPING}`;
    await tx.$executeRaw`
      INSERT INTO passage_stat (framing, outlet_id, month, passages, tokens)
      SELECT p.framing, p.outlet_id, ${MONTH_OF_PASSAGE}, COUNT(*),
             COALESCE(SUM((SELECT SUM(t.count) FROM passage_term t WHERE t.passage_id = p.id AND t.n = 1)), 0)
      FROM passage p GROUP BY 1, 2, 3`;
    await tx.$executeRaw`INSERT INTO term_surface (stem, surface, count) SELECT stem, surface, SUM(count) FROM passage_term WHERE n = 1 GROUP BY 1, 2`;
  }, { timeout: 600_000 });
}
