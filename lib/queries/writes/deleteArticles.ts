// Deletes stored articles in one transaction: their passages, term vectors and labels (a reviewer's label is a
// passage's column), their waiting phrase sightings, and their contribution to every statistic, so that the
// statistics equal a rebuild from the passages left (rebuildStats) and the dictionary what ingesting only those
// would have made. Outlets left with no article go too. The data version moves with the commit (data_change's
// triggers) and stats_cell_change names the outlet-months changed, so remembered reads and the statistics
// cube refresh as after any write.
//
// Lock order, as relabelling's (setHumanLabel: passage, then phrase_sighting, then article), reuse detection's
// (its advisory lock after phrase_sighting, lib/queries/reuse/lockReuse.ts) and ingestion's
// (own rows, the finest grain, the dictionary's totals, the coarse grains and surface forms, the sightings'
// count): a relabel waiting for one of these passages then waits behind the deletion instead of closing a
// cycle with it. phrase_sighting is locked EXCLUSIVE, as a fold locks it: a deletion can take phrases out of
// the dictionary (demotePhrases), which an ingest in flight must not have read as counted. Ingests and
// relabels therefore wait for a deletion and it for them; deadlocks left (classify-all's batch meeting one) are
// retried like theirs.
import { getPrisma, type Prisma } from "../../db";
import { applyArticleStatsAt } from "../stats/applyArticleStats";
import { DELETED_COUNTED_PHRASES, noteDeletedTerms } from "../stats/noteDeletedTerms";
import { dropUnusedWords, lowerTermTotals } from "../stats/lowerTermTotals";
import { demotePhrases } from "../stats/demotePhrases";
import { notePhraseSightingsChanged, removePhraseSightings } from "../stats/removePhraseSightings";
import { removeSurfaceCounts } from "../stats/removeSurfaceCounts";
import { compactDataChanges } from "../maintenance/compactDataChanges";
import { withDeadlockRetry } from "./withDeadlockRetry";
import { lockReuse } from "../reuse/lockReuse";
import { refreshReuseClusters } from "../reuse/refreshReuseClusters";
import { removeFromProfiles } from "../offTopic";

export interface DeletedArticle { id: number; title: string; outlet: string; url: string | null; publishedAt: string | null; passages: number }

export interface DeleteResult {
  deleted: DeletedArticle[];
  /** ids asked for that are not stored (the others are deleted all the same) */
  notFound: number[];
  /** outlets that had no article left */
  outletsRemoved: string[];
  /** phrases that fell below PHRASE_MIN_COUNT and left the dictionary */
  phrasesUncounted: number;
}

export async function deleteArticles(articleIds: number[]): Promise<DeleteResult> {
  const ids = [...new Set(articleIds)].sort((a, b) => a - b);
  if (!ids.length) return { deleted: [], notFound: [], outletsRemoved: [], phrasesUncounted: 0 };
  // the time is the deleted articles' passages and one pass over phrase_sighting, not a lock wait bound
  const result = await withDeadlockRetry(() => getPrisma().$transaction((tx) => deleteInTransaction(tx, ids), { timeout: 600_000 }));
  await compactDataChanges();
  return result;
}

async function deleteInTransaction(tx: Prisma.TransactionClient, ids: number[]): Promise<DeleteResult> {
  await tx.$executeRaw`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`;
  await tx.$executeRaw`SELECT id FROM passage WHERE article_id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  await tx.$executeRaw`LOCK TABLE phrase_sighting IN EXCLUSIVE MODE`;
  // reuse detection's turn: no ingest is past its own lock on phrase_sighting now, so none holds or waits for it
  await lockReuse(tx);
  const found = await tx.$queryRaw<(Omit<DeletedArticle, "passages"> & { outletId: number; passages: bigint })[]>`
    SELECT a.id, a.title, o.name AS outlet, o.id AS "outletId", a.url, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt",
           (SELECT COUNT(*) FROM passage p WHERE p.article_id = a.id) AS passages
    FROM article a JOIN outlet o ON o.id = a.outlet_id WHERE a.id = ANY(${ids}::int[]) ORDER BY a.id FOR UPDATE OF a`;
  const deleted = found.map(({ outletId: _, passages, ...a }) => ({ ...a, passages: Number(passages) }));
  const notFound = ids.filter((id) => !found.some((a) => a.id === id));
  if (!found.length) return { deleted, notFound, outletsRemoved: [], phrasesUncounted: 0 };
  const articleIds = found.map((a) => a.id);

  await noteDeletedTerms(tx, articleIds);
  const sightingsRemoved = await removePhraseSightings(tx, articleIds);
  await applyArticleStatsAt(tx, articleIds, -1, "finest", { countedPhrases: DELETED_COUNTED_PHRASES });
  const fallen = await lowerTermTotals(tx);
  await applyArticleStatsAt(tx, articleIds, -1, "shared", { countedPhrases: DELETED_COUNTED_PHRASES });
  await removeSurfaceCounts(tx, articleIds);
  // out of every collection's vocabulary while their passages' vectors are still there
  await removeFromProfiles(tx, articleIds);
  // passages, vectors, fingerprints and reuse links cascade; reuse_member still names the clusters they were in
  await tx.$executeRaw`DELETE FROM article WHERE id = ANY(${articleIds}::int[])`;
  await refreshReuseClusters(tx, { articleIds });
  const appended = await demotePhrases(tx, fallen);
  await dropUnusedWords(tx);
  const outletsRemoved = await deleteEmptyOutlets(tx, [...new Set(found.map((a) => a.outletId))]);
  await notePhraseSightingsChanged(tx, sightingsRemoved, appended);
  return { deleted, notFound, outletsRemoved, phrasesUncounted: fallen.length };
}

/**
 * The outlets among these with no article left. One an ingest in flight is adding an article to holds a key
 * share lock (saveArticle takes it as it finds the outlet) and is skipped: it will have that article.
 */
async function deleteEmptyOutlets(tx: Prisma.TransactionClient, outletIds: number[]): Promise<string[]> {
  const removed = await tx.$queryRaw<{ name: string }[]>`
    WITH empty AS (
      SELECT o.id FROM outlet o WHERE o.id = ANY(${outletIds}::int[]) AND NOT EXISTS (SELECT 1 FROM article a WHERE a.outlet_id = o.id)
      ORDER BY o.id FOR UPDATE SKIP LOCKED)
    DELETE FROM outlet o USING empty e WHERE o.id = e.id RETURNING o.name`;
  return removed.map((r) => r.name).sort();
}
