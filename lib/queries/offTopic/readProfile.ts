import type { Prisma } from "../../db";
import type { CollectionProfile } from "../../analysis/offTopicProfile";

/** A collection's stored profile, keyed by term id (all its words, or only these). */
export async function readProfile(tx: Prisma.TransactionClient, collectionId: number, termIds?: string[]): Promise<CollectionProfile> {
  const [head] = await tx.$queryRaw<{ articles: number }[]>`SELECT articles FROM collection_profile WHERE collection_id = ${collectionId}`;
  const rows = termIds
    ? await tx.$queryRaw<{ term_id: string; articles: number; unit_weight: number }[]>`
        SELECT term_id::text AS term_id, articles, unit_weight FROM collection_profile_term
        WHERE collection_id = ${collectionId} AND term_id = ANY(${termIds}::bigint[])`
    : await tx.$queryRaw<{ term_id: string; articles: number; unit_weight: number }[]>`
        SELECT term_id::text AS term_id, articles, unit_weight FROM collection_profile_term WHERE collection_id = ${collectionId}`;
  return {
    articles: head?.articles ?? 0,
    documentFrequency: new Map(rows.map((r) => [r.term_id, r.articles])),
    unitWeightSum: new Map(rows.map((r) => [r.term_id, r.unit_weight])),
  };
}

/**
 * The centroid's norm over the whole profile (centroidNorm in lib/analysis/offTopicScoring.ts), summed where
 * the rows are: one pass over the collection's vocabulary instead of sending it.
 */
export async function profileCentroidNorm(tx: Prisma.TransactionClient, collectionId: number, articles: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ norm: number | null }[]>`
    SELECT sqrt(SUM((unit_weight * (ln(1 + ${articles}::float8) + 1 - ln(1 + articles::float8))) ^ 2)) AS norm
    FROM collection_profile_term WHERE collection_id = ${collectionId}`;
  return row?.norm ?? 0;
}
