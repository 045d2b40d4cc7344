// Adds (+1) or removes (−1) whole stored articles' contributions to the framing statistics, inside the
// caller's transaction. Relabelling removes the articles it touches, changes framings, then adds them back:
// working on whole articles keeps each cell's article counts exact (an article is counted once per framing
// it uses a term in, and only the whole article knows whether another passage still does, and in which
// other framings: lib/analysis/sideArticles.ts).
// Ingestion adds new articles from the values it writes (addStatsContribution). Surface counts and phrase
// totals do not depend on framing and are left alone. Deletion (lib/queries/writes/deleteArticles.ts) removes
// articles a grain at a time, with the dictionary's totals between, as ingestion adds them.
import { Prisma } from "../../db";
import { COUNTED_PHRASES, type Grains, passageCellsFromPassages, termCellsFromPassages } from "./statGrains";
import { upsertTermCells } from "./upsertTermCells";
import { PASSAGE_TERM_ROWS } from "../sql/passageTermRows";

/**
 * Which of the articles' contributions: in every collection they are in (a relabel, a deletion), or in one
 * (`collectionId`: an article joining or leaving that collection, counted there like a relabel). Which of their
 * phrases are counted (`countedPhrases`, a subquery of stems): the dictionary's by default; a deletion names the
 * ones counted before it lowered the totals.
 */
export interface ArticleStatsScope { collectionId?: number; countedPhrases?: Prisma.Sql }

export async function applyArticleStats(tx: Prisma.TransactionClient, articleIds: number[], sign: 1 | -1, scope: ArticleStatsScope = {}): Promise<void> {
  if (!articleIds.length) return;
  // Two reviewers relabelling passages of one article must not both take out and put back its contribution
  // from the same view of it: whoever comes second waits here, then (read committed) sees the first's labels.
  if (sign === -1) {
    // and a fold must not count a phrase into phrase_stat from framings this transaction is changing
    await tx.$executeRaw`LOCK TABLE phrase_sighting IN ROW EXCLUSIVE MODE`;
    await tx.$queryRaw`SELECT id FROM article WHERE id = ANY(${sortedIds(articleIds)}::int[]) ORDER BY id FOR UPDATE`;
  }
  await applyArticleStatsAt(tx, articleIds, sign, "finest", scope);
  await applyArticleStatsAt(tx, articleIds, sign, "shared", scope);
}

/** One step of it: the finest grain (with passage_stat), or the coarser grains every writer shares. */
export async function applyArticleStatsAt(
  tx: Prisma.TransactionClient, articleIds: number[], sign: 1 | -1, grains: Exclude<Grains, "all">, scope: ArticleStatsScope = {},
): Promise<void> {
  if (!articleIds.length) return;
  const ids = Prisma.sql`${sortedIds(articleIds)}::int[]`;
  const { countedPhrases = COUNTED_PHRASES, collectionId } = scope;
  const inScope = Prisma.sql`p.article_id = ANY(${ids})${collectionId === undefined ? Prisma.empty : Prisma.sql` AND ac.collection_id = ${collectionId}`}`;
  const cells = (phrases: boolean) => termCellsFromPassages(PASSAGE_TERM_ROWS,
    Prisma.sql`${inScope} AND ${phrases ? Prisma.sql`t.n > 1 AND t.stem IN ${countedPhrases}` : Prisma.sql`t.n = 1`}`, grains, sign);
  // rows in key order, the finest grain first, as ingestion writes them, so concurrent writers take row
  // locks in the same order (statGrains); a removal deletes the rows it empties (dropEmptied)
  const dropEmptied = sign === -1;
  await upsertTermCells(tx, "term_stat", cells(false), { dropEmptied });
  await upsertTermCells(tx, "phrase_stat", cells(true), { dropEmptied });
  if (grains === "shared") return;
  await tx.$executeRaw`${passageCellsFromPassages(inScope, sign)}
    ON CONFLICT (collection_id, framing, outlet_id, month) DO UPDATE
      SET passages = passage_stat.passages + EXCLUDED.passages, tokens = passage_stat.tokens + EXCLUDED.tokens`;
  if (sign === -1) await tx.$executeRaw`DELETE FROM passage_stat WHERE passages <= 0`;
}

const sortedIds = (articleIds: number[]) => [...new Set(articleIds)].sort((a, b) => a - b);
