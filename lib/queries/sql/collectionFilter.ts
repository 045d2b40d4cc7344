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
