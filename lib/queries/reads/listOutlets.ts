import { getPrisma } from "../../db";
import type { Filters } from "../../schema";
import { defineRead } from "../plan/defineRead";
import { collectionId } from "../sql/collectionFilter";

const alphabetical = new Intl.Collator("en", { sensitivity: "base", ignorePunctuation: true });

export interface OutletListing { id: number; name: string; articles: number }

/**
 * The outlets with articles in a collection (the default when none is named) and their article counts there, for
 * the filter controls, alphabetically whatever their case ("the Guardian" among the Ts, not after every capitalised name).
 */
export const listOutlets = defineRead<[Pick<Partial<Filters>, "collection">?], OutletListing[]>("listOutlets", {
  selection: (filters = {}) => ({ collection: filters.collection }),
  passages: async (_plan, filters = {}) => {
    const rows = await getPrisma().$queryRaw<OutletListing[]>`
      SELECT o.id, o.name, COUNT(*)::int AS articles
      FROM article_collection ac JOIN article a ON a.id = ac.article_id JOIN outlet o ON o.id = a.outlet_id
      WHERE ac.collection_id = ${collectionId(filters)}
      GROUP BY o.id, o.name`;
    return rows.sort((a, b) => alphabetical.compare(a.name, b.name) || (a.name < b.name ? -1 : 1));
  },
});
