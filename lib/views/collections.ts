// Which collection a view counts: the one its address names, else the default (lib/queries/sql/collectionFilter.ts).
// Every view that takes filters answers it with its data, so that the page can say what it counts ("Collection:
// xinjiang · 22 articles"), the file's name can carry it when the address leaves it out, and a name that is not a
// collection is a 404 (the route) and a notice (the page) rather than a view of nothing.
import { getCollection, listCollections } from "../queries/reads";
import { describeFilters, type Filters } from "../schema";
import type { CollectionRow } from "./collections.types";
type Named = Pick<Partial<Filters>, "collection">;

/** The collections for the header's picker and the selection forms, the default first. */
export const collectionChoices = (): Promise<CollectionRow[]> => listCollections();

/** The collection the filters count, or null when the name is not a collection's. */
export async function collectionOf(filters: Named): Promise<CollectionRow | null> {
  return getCollection(filters.collection || undefined);
}

/** The page's and the route's message when the filters name no collection, or null. */
export function missingCollection(filters: Named, found: CollectionRow | null): string | null {
  if (found) return null;
  return filters.collection ? `no collection named '${filters.collection}'` : "no default collection (make one the default)";
}

/** The filters with the collection they count named, for a file's name: the default's name too when the address leaves it out. */
export const withCollectionName = <F extends Partial<Filters>>(filters: F, found: CollectionRow | null): F => ({ ...filters, collection: found?.name ?? filters.collection });

/**
 * Two selections in a file's name: the collection once when both sides count the same one
 * ("collection-xinjiang_A-framing-testimony_B-framing-official"), else on each side.
 */
export function describeSides(a: Partial<Filters>, inA: CollectionRow | null, b: Partial<Filters>, inB: CollectionRow | null): string {
  const [namedA, namedB] = [withCollectionName(a, inA), withCollectionName(b, inB)];
  const parts = namedA.collection === namedB.collection
    ? [describeFilters({ collection: namedA.collection }), describeFilters({ ...a, collection: undefined }, "A-"), describeFilters({ ...b, collection: undefined }, "B-")]
    : [describeFilters(namedA, "A-"), describeFilters(namedB, "B-")];
  return parts.filter(Boolean).join("_");
}
