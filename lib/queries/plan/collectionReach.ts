// How a read reaches a collection's passages. A passage is in a collection through its article
// (article_collection), so a filter on the passage table tests each passage it reads: when the collection is a
// fifth of the table, a read that stops after so many matches (the passage list's count) or that samples the
// table's pages (term lists of large selections) reads five times the passages it keeps. From a collection
// holding a smaller part of the table such reads start from its articles instead (article_collection's key →
// the passages by article_id), and read only its own passages. Both ways select the same passages: the choice
// decides speed only, so it is remembered a while and may lag behind the corpus.
import { getPrisma, Prisma } from "../../db";
import type { Filters } from "../../schema";
import { type CollectionReach, collectionId } from "../sql/collectionFilter";

export type { CollectionReach };

/** A collection holding at most this share of the passage table is reached from its articles. */
const ARTICLES_BELOW_SHARE = 0.5;
/** How long a choice is kept: collections grow and shrink with ingests and moves. */
const KEPT_MS = 60_000;
const chosen = new Map<string, { reach: CollectionReach; at: number }>();

export async function collectionReachOf(filters: Pick<Partial<Filters>, "collection">): Promise<CollectionReach> {
  const key = filters.collection ?? "";
  const known = chosen.get(key);
  if (known && performance.now() - known.at < KEPT_MS) return known.reach;
  // the collection's passages exactly (passage_stat's rows are keyed by collection); the table's from the
  // planner's row count, kept by ANALYZE (every import runs it)
  const [{ inCollection, inTable }] = await getPrisma().$queryRaw<{ inCollection: number; inTable: number }[]>(Prisma.sql`
    SELECT (SELECT COALESCE(SUM(s.passages), 0) FROM passage_stat s WHERE s.collection_id = ${collectionId(filters)})::float8 AS "inCollection",
           (SELECT GREATEST(reltuples, 0) FROM pg_class WHERE oid = 'passage'::regclass)::float8 AS "inTable"`);
  const reach = reachFor(inCollection, inTable);
  if (chosen.size > 1_000) chosen.clear();
  chosen.set(key, { reach, at: performance.now() });
  return reach;
}

/** The reach for a collection of `inCollection` passages in a table of about `inTable`. */
export function reachFor(inCollection: number, inTable: number): CollectionReach {
  return inTable > 0 && inCollection <= ARTICLES_BELOW_SHARE * inTable ? "articles" : "table";
}
