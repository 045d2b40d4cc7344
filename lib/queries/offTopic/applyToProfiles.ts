// Adds (sign 1) or removes (sign −1) articles' shares of their collections' profiles: plain sums, like the
// statistics, so that the profile equals the one its members would make from scratch (decision 013). In the
// caller's transaction; rows are written in key order, as every writer writes the statistics.
import { Prisma } from "../../db";
import { type ArticleTerms, articleUnitWeights } from "../../analysis/offTopicProfile";
import { storedArticleWords } from "./storedArticleWords";

export interface ProfileShare { collectionId: number; terms: ArticleTerms }

export async function applyToProfiles(tx: Prisma.TransactionClient, shares: readonly ProfileShare[], sign: 1 | -1): Promise<void> {
  if (!shares.length) return;
  const articles = new Map<number, number>();
  const cells = new Map<string, { collectionId: number; termId: string; articles: number; weight: number }>();
  for (const { collectionId, terms } of shares) {
    articles.set(collectionId, (articles.get(collectionId) ?? 0) + sign);
    for (const [termId, weight] of articleUnitWeights(terms)) {
      const key = `${collectionId}:${termId}`;
      const cell = cells.get(key) ?? { collectionId, termId, articles: 0, weight: 0 };
      cell.articles += sign;
      cell.weight += sign * weight;
      cells.set(key, cell);
    }
  }
  const counts = [...articles].sort((a, b) => a[0] - b[0]);
  await tx.$executeRaw`
    INSERT INTO collection_profile (collection_id, articles)
    SELECT * FROM unnest(${counts.map((c) => c[0])}::int[], ${counts.map((c) => c[1])}::int[]) ORDER BY 1
    ON CONFLICT (collection_id) DO UPDATE SET articles = collection_profile.articles + excluded.articles`;
  const rows = [...cells.values()];
  if (!rows.length) return;
  const written = await tx.$queryRaw<{ collection_id: number; term_id: string; articles: number }[]>`
    INSERT INTO collection_profile_term AS t (collection_id, term_id, articles, unit_weight)
    SELECT * FROM unnest(${rows.map((r) => r.collectionId)}::int[], ${rows.map((r) => r.termId)}::bigint[],
                         ${rows.map((r) => r.articles)}::int[], ${rows.map((r) => r.weight)}::float8[])
    ORDER BY 1, 2
    ON CONFLICT (collection_id, term_id) DO UPDATE SET articles = t.articles + excluded.articles, unit_weight = t.unit_weight + excluded.unit_weight
    RETURNING collection_id, term_id::text AS term_id, articles`;
  const emptied = written.filter((r) => r.articles <= 0);
  // a word no member uses any more leaves the profile, as applyToProfile drops it
  if (emptied.length) {
    await tx.$executeRaw`
      DELETE FROM collection_profile_term t USING unnest(${emptied.map((r) => r.collection_id)}::int[], ${emptied.map((r) => r.term_id)}::bigint[]) AS e(collection_id, term_id)
      WHERE t.collection_id = e.collection_id AND t.term_id = e.term_id`;
  }
}

/** Articles leaving their collections (all of them, or one), before their passages or memberships go. */
export async function removeFromProfiles(tx: Prisma.TransactionClient, articleIds: number[], collectionId?: number): Promise<void> {
  if (!articleIds.length) return;
  const memberships = await tx.$queryRaw<{ article_id: number; collection_id: number }[]>`
    SELECT article_id, collection_id FROM article_collection
    WHERE article_id = ANY(${articleIds}::int[]) ${collectionId === undefined ? Prisma.empty : Prisma.sql`AND collection_id = ${collectionId}`}`;
  if (!memberships.length) return;
  const words = await storedArticleWords(tx, [...new Set(memberships.map((m) => m.article_id))]);
  await applyToProfiles(tx, memberships.map((m) => ({ collectionId: m.collection_id, terms: words.get(m.article_id) ?? new Map() })), -1);
}
