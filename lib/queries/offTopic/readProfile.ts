import { Prisma } from "../../db";
import type { CollectionProfile } from "../../analysis/offTopicProfile";

/** A collection's stored profile, keyed by term id (all its words, or only these). */
export async function readProfile(tx: Prisma.TransactionClient, collectionId: number, termIds?: string[]): Promise<CollectionProfile> {
  const [head] = await tx.$queryRaw<{ articles: number }[]>`SELECT articles FROM collection_profile WHERE collection_id = ${collectionId}`;
  // as one string, "id:articles:weight;…" (floats print exactly in PostgreSQL 12+): a collection's whole vocabulary
  // as rows costs more to receive than to read
  const [{ rows }] = await tx.$queryRaw<{ rows: string | null }[]>`
    SELECT string_agg(term_id::text || ':' || articles::text || ':' || unit_weight::text, ';') AS rows FROM collection_profile_term
    WHERE collection_id = ${collectionId} ${termIds ? Prisma.sql`AND term_id = ANY(${termIds}::bigint[])` : Prisma.empty}`;
  const profile: CollectionProfile = { articles: head?.articles ?? 0, documentFrequency: new Map(), unitWeightSum: new Map() };
  for (const row of rows ? rows.split(";") : []) {
    const [termId, articles, weight] = row.split(":");
    profile.documentFrequency.set(termId, Number(articles));
    profile.unitWeightSum.set(termId, Number(weight));
  }
  return profile;
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
