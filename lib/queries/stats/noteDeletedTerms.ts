// The terms of articles about to be deleted, read before anything changes (lib/queries/writes/deleteArticles.ts):
// their occurrences by term id, which the dictionary's totals lose, and which of their phrases are counted in
// phrase_stat now. Both as temporary tables of the caller's transaction, so the later steps join them in SQL.
import { Prisma } from "../../db";
import { PHRASE_MIN_COUNT } from "./statGrains";
import { unnestTerms } from "../sql/passageTermRows";

/** The counted phrases among them, as a subquery for applyArticleStatsAt: fixed before the totals are lowered. */
export const DELETED_COUNTED_PHRASES = Prisma.sql`(SELECT stem FROM deleted_counted_phrase)`;

export async function noteDeletedTerms(tx: Prisma.TransactionClient, articleIds: number[]): Promise<void> {
  await tx.$executeRaw`
    CREATE TEMP TABLE deleted_term ON COMMIT DROP AS
    SELECT u.term_id AS id, SUM(u.count)::int AS count
    FROM passage p JOIN passage_terms v ON v.passage_id = p.id CROSS JOIN LATERAL ${unnestTerms()}
    WHERE p.article_id = ANY(${articleIds}::int[]) GROUP BY 1`;
  await tx.$executeRaw`
    CREATE TEMP TABLE deleted_counted_phrase ON COMMIT DROP AS
    SELECT t.stem FROM term t JOIN deleted_term d ON d.id = t.id WHERE t.n > 1 AND t.count >= ${PHRASE_MIN_COUNT}`;
}
