// Which collection a read counts (docs/decisions/015-collections.md): the one named, else the default. Every
// read is within one collection; the statistics' rows are keyed by it and a passage is in it through its article.
import { Prisma } from "../../db";
import type { Filters } from "../../schema";

/** The collection's id as a scalar subquery (null, so matching nothing, for a name that is not a collection). */
export function collectionId(filters: Pick<Partial<Filters>, "collection">): Prisma.Sql {
  return filters.collection
    ? Prisma.sql`(SELECT id FROM collection WHERE name = ${filters.collection})`
    : Prisma.sql`(SELECT id FROM collection WHERE is_default)`;
}

/**
 * How a read reaches a collection's passages, as the planner chose (lib/queries/plan/collectionReach.ts): "table",
 * the passage table with each passage tested; "articles", from the collection's articles.
 */
export type CollectionReach = "table" | "articles";

/** A passage (aliased `p`) in the collection. */
export function passageInCollection(filters: Pick<Partial<Filters>, "collection">): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM article_collection ac WHERE ac.collection_id = ${collectionId(filters)} AND ac.article_id = p.article_id)`;
}

/**
 * The collection's passages (aliased `p`) that pass `condition`, read from its articles (in id order, which is
 * the order their passages were stored in) rather than tested one by one across the table: for a read that
 * stops after so many (lib/queries/plan/collectionReach.ts). What follows `FROM`.
 */
export function collectionPassagesFromArticles(filters: Pick<Partial<Filters>, "collection">, condition: Prisma.Sql): Prisma.Sql {
  // the article ids as one array: an index scan of passage by article_id over it, stopping when the read has
  // enough (a join let the planner hash the whole table; a lateral loop over the articles was 15% slower)
  return Prisma.sql`passage p WHERE p.article_id = ANY(ARRAY(
      SELECT ac.article_id FROM article_collection ac WHERE ac.collection_id = ${collectionId(filters)} ORDER BY ac.article_id))
    AND ${condition}`;
}
