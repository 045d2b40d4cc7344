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

/** A passage (aliased `p`) in the collection. */
export function passageInCollection(filters: Pick<Partial<Filters>, "collection">): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM article_collection ac WHERE ac.collection_id = ${collectionId(filters)} AND ac.article_id = p.article_id)`;
}

/**
 * The collection's passages (aliased `p`) that pass `condition`, read from its articles (its key's order, which
 * is the order their passages were stored in) rather than tested one by one across the table: for a read that
 * stops after so many (lib/queries/plan/collectionReach.ts). A subquery with a FROM of its own, to select from.
 */
export function collectionPassagesFromArticles(filters: Pick<Partial<Filters>, "collection">, condition: Prisma.Sql): Prisma.Sql {
  // OFFSET 0 keeps the lateral subquery a loop over the articles (pulled up, it may become a hash join that
  // reads the whole table)
  return Prisma.sql`article_collection ac CROSS JOIN LATERAL (SELECT p.* FROM passage p WHERE p.article_id = ac.article_id AND ${condition} OFFSET 0) p
    WHERE ac.collection_id = ${collectionId(filters)}`;
}
