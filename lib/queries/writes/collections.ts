// Collections (docs/decisions/015-collections.md): which articles each holds, and the statistics that follow.
// An article joining a collection is counted there (+1, from its passages, like a relabel putting it back);
// leaving, it is taken out (−1). Both in the caller's transaction, so the statistics never lag the membership.
import { getPrisma, type Prisma } from "../../db";
import { applyArticleStats } from "../stats/applyArticleStats";
import { compactDataChanges } from "../maintenance/compactDataChanges";
import { deleteArticles } from "./deleteArticles";
import { withDeadlockRetry } from "./withDeadlockRetry";
import { judgeJoining, removeFromProfiles, storedArticleWords } from "../offTopic";
import { COLLECTION_NAME_RULE, isCollectionName } from "../../collectionName";

type Tx = Prisma.TransactionClient;

/** A collection's id by name, created if new; the default collection when no name is given. */
export async function collectionIdFor(tx: Tx, name: string | undefined): Promise<{ id: number; name: string; created: boolean }> {
  if (name === undefined) {
    const [row] = await tx.$queryRaw<{ id: number; name: string }[]>`SELECT id, name FROM collection WHERE is_default`;
    if (!row) throw new Error("no default collection: make one the default with `npm run collections -- default NAME`");
    return { ...row, created: false };
  }
  if (!isCollectionName(name)) throw new Error(`collection "${name}": ${COLLECTION_NAME_RULE}`);
  // looked up first: an insert, even one that conflicts, is a write (it moves the data version), and re-ingesting
  // an article must change nothing
  const select = () => tx.$queryRaw<{ id: number }[]>`SELECT id FROM collection WHERE name = ${name} FOR KEY SHARE`;
  const [found] = await select();
  if (found) return { id: found.id, name, created: false };
  const created = await tx.$executeRaw`INSERT INTO collection (name) VALUES (${name}) ON CONFLICT (name) DO NOTHING`;
  const [row] = await select();
  return { id: row.id, name, created: created > 0 };
}

/**
 * Puts articles in a collection and counts them there. Answers the ones that were not in it already. Folds
 * must not count a phrase from a membership this transaction is changing (the lock relabelling takes).
 */
export async function joinCollection(tx: Tx, articleIds: number[], collectionId: number): Promise<number[]> {
  if (!articleIds.length) return [];
  await tx.$executeRaw`LOCK TABLE phrase_sighting IN ROW EXCLUSIVE MODE`;
  // a relabel of one of them (applyArticleStats −1 locks its article the same way) either commits before the
  // +1 below reads the labels, or waits for this membership to commit and then counts the article here too. The
  // foreign key's check would also wait; this lock says so, whatever becomes of the key.
  await tx.$queryRaw`SELECT id FROM article WHERE id = ANY(${articleIds}::int[]) ORDER BY id FOR UPDATE`;
  const joined = await tx.$queryRaw<{ article_id: number }[]>`
    INSERT INTO article_collection (collection_id, article_id)
    SELECT ${collectionId}, id FROM article WHERE id = ANY(${articleIds}::int[]) ORDER BY id
    ON CONFLICT DO NOTHING RETURNING article_id`;
  const ids = joined.map((r) => r.article_id);
  await applyArticleStats(tx, ids, 1, { collectionId });
  // judged against the collection without them, then added to its profile
  const [{ name }] = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM collection WHERE id = ${collectionId}`;
  const words = await storedArticleWords(tx, ids);
  await judgeJoining(tx, ids.map((articleId) => ({ articleId, collectionId, collection: name, terms: words.get(articleId)! })));
  return ids;
}

/** Takes articles out of a collection and out of its statistics. Answers the ones that were in it. */
export async function leaveCollection(tx: Tx, articleIds: number[], collectionId: number): Promise<number[]> {
  if (!articleIds.length) return [];
  const members = await tx.$queryRaw<{ article_id: number }[]>`
    SELECT article_id FROM article_collection WHERE collection_id = ${collectionId} AND article_id = ANY(${articleIds}::int[])
    ORDER BY article_id FOR UPDATE`;
  const ids = members.map((r) => r.article_id);
  // taken out of the statistics while still members: the cells are counted through article_collection
  await applyArticleStats(tx, ids, -1, { collectionId });
  await removeFromProfiles(tx, ids, collectionId);
  await tx.$executeRaw`DELETE FROM article_collection WHERE collection_id = ${collectionId} AND article_id = ANY(${ids}::int[])`;
  return ids;
}

/**
 * A user's mistake, with what kind it is, so that the CLI and the API answer it alike (the API: 404 unknown,
 * 409 taken, default or busy, 400 a bad name).
 */
export class CollectionError extends Error {
  constructor(message: string, readonly kind: "unknown" | "taken" | "default" | "name" | "busy") {
    super(message);
  }
}

async function existing(tx: Tx, name: string): Promise<{ id: number; isDefault: boolean }> {
  const [row] = await tx.$queryRaw<{ id: number; isDefault: boolean }[]>`SELECT id, is_default AS "isDefault" FROM collection WHERE name = ${name} FOR UPDATE`;
  if (!row) throw new CollectionError(`no collection named "${name}"`, "unknown");
  return row;
}

export interface MovedArticles { added: number[]; removed: number[]; missing: number[]; inNoCollection: number[] }

/**
 * Articles into or out of an existing collection (a collection is created by an ingest or a rename, never by a
 * typo here). `added`/`removed`: the articles that moved; the others named were already in (or not in) it,
 * and `missing` are not stored at all. `inNoCollection`: removed articles no collection holds any more (still
 * stored, counted nowhere, until added to one or deleted).
 */
export async function moveArticles(articleIds: number[], change: { add?: string; remove?: string }): Promise<MovedArticles> {
  const result = await withDeadlockRetry(() => getPrisma().$transaction(async (tx) => {
    const addTo = change.add ? await existing(tx, change.add) : null;
    const removeFrom = change.remove ? await existing(tx, change.remove) : null;
    const stored = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM article WHERE id = ANY(${articleIds}::int[])`;
    const found = new Set(stored.map((r) => r.id));
    const added = addTo ? await joinCollection(tx, articleIds, addTo.id) : [];
    const removed = removeFrom ? await leaveCollection(tx, articleIds, removeFrom.id) : [];
    const held = await tx.$queryRaw<{ article_id: number }[]>`SELECT DISTINCT article_id FROM article_collection WHERE article_id = ANY(${removed}::int[])`;
    const stillIn = new Set(held.map((r) => r.article_id));
    return { added, removed, missing: [...new Set(articleIds)].filter((id) => !found.has(id)), inNoCollection: removed.filter((id) => !stillIn.has(id)) };
  }, { timeout: 600_000 }));
  await compactDataChanges();
  return result;
}

export async function renameCollection(from: string, to: string): Promise<void> {
  if (!isCollectionName(to)) throw new CollectionError(`collection "${to}": ${COLLECTION_NAME_RULE}`, "name");
  await getPrisma().$transaction(async (tx) => {
    const { id } = await existing(tx, from);
    const [taken] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM collection WHERE name = ${to}`;
    if (taken && taken.id !== id) throw new CollectionError(`a collection named "${to}" exists already`, "taken");
    await tx.$executeRaw`UPDATE collection SET name = ${to} WHERE id = ${id}`;
  });
  await compactDataChanges();
}

/** The collection a request without ?collection= reads, and an ingest without --collection fills. */
export async function makeDefaultCollection(name: string): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const { id } = await existing(tx, name);
    await tx.$executeRaw`UPDATE collection SET is_default = false WHERE is_default AND id <> ${id}`;
    await tx.$executeRaw`UPDATE collection SET is_default = true WHERE id = ${id}`;
  });
  await compactDataChanges();
}

export interface DeletedCollection { name: string; articlesDeleted: number; articlesKept: number }

/**
 * Deletes a collection. Its articles that no other collection holds are deleted (deleteArticles: the store as if
 * they had never been ingested); the others stay, counted in their other collections only. The default
 * collection is refused: make another the default first.
 */
export async function deleteCollection(name: string): Promise<DeletedCollection> {
  let articlesDeleted = 0;
  // deleteArticles runs transactions of its own, so the last one checks that no article came to be held by this
  // collection alone meanwhile (ingested into it, or taken out of its other collection): those are deleted too,
  // and the check made again
  for (let attempt = 1; ; attempt++) {
    const { id, isDefault, only } = await getPrisma().$transaction(async (tx) => {
      const { id, isDefault } = await existing(tx, name);
      return { id, isDefault, only: (await membersOf(tx, id)).filter((r) => !r.elsewhere).map((r) => r.article_id) };
    });
    if (isDefault) throw new CollectionError(`"${name}" is the default collection: make another the default first (npm run collections -- default NAME)`, "default");
    if (only.length) await deleteArticles(only);
    articlesDeleted += only.length;
    const kept = await withDeadlockRetry(() => getPrisma().$transaction(async (tx) => {
      // no article joins while this runs (a join holds the collection's row FOR KEY SHARE), and none leaves
      // another collection (leaving locks the article, as relabelling does)
      await tx.$queryRaw`SELECT id FROM collection WHERE id = ${id} FOR UPDATE`;
      await tx.$queryRaw`SELECT id FROM article WHERE id IN (SELECT article_id FROM article_collection WHERE collection_id = ${id}) ORDER BY id FOR UPDATE`;
      const members = await membersOf(tx, id);
      if (members.some((r) => !r.elsewhere)) return null;
      await leaveCollection(tx, members.map((r) => r.article_id), id);
      await tx.$executeRaw`DELETE FROM collection WHERE id = ${id}`;
      return members.length;
    }, { timeout: 600_000 }));
    if (kept !== null) {
      await compactDataChanges();
      return { name, articlesDeleted, articlesKept: kept };
    }
    if (attempt === 5) throw new CollectionError(`"${name}" keeps receiving articles that no other collection holds: stop ingesting into it, then delete it`, "busy");
  }
}

/** A collection's articles, and whether another collection holds each. */
const membersOf = (tx: Tx, collectionId: number) => tx.$queryRaw<{ article_id: number; elsewhere: boolean }[]>`
  SELECT m.article_id, EXISTS (SELECT 1 FROM article_collection o WHERE o.article_id = m.article_id AND o.collection_id <> m.collection_id) AS elsewhere
  FROM article_collection m WHERE m.collection_id = ${collectionId}`;
