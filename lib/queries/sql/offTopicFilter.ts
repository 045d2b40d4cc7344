// Articles flagged off-topic when they joined the collection read (docs/decisions/013-off-topic-articles.md):
// the flag belongs to a membership, so an article can be off-topic in one collection and on topic in another.
import { Prisma } from "../../db";
import type { Filters } from "../../schema";
import { collectionId } from "./collectionFilter";

/** Whether the article of the passage aliased `p` is flagged in the collection read: a boolean expression. */
export function articleOffTopic(filters: Pick<Partial<Filters>, "collection">): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM article_collection ot WHERE ot.collection_id = ${collectionId(filters)} AND ot.article_id = p.article_id AND ot.off_topic)`;
}
