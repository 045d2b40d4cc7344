import { getPrisma } from "../../db";
import type { Filters } from "../../schema";
import { defineRead } from "../plan/defineRead";
import { collectionId } from "../sql/collectionFilter";

export interface LanguageListing { language: string; articles: number }

/** The languages of a collection's articles (primary subtags, lowercase: what the `lang` filter matches), commonest first. */
export const listLanguages = defineRead<[Pick<Partial<Filters>, "collection">?], LanguageListing[]>("listLanguages", {
  selection: (filters = {}) => ({ collection: filters.collection }),
  passages: (_plan, filters = {}) => getPrisma().$queryRaw<LanguageListing[]>`
    SELECT split_part(lower(a.language), '-', 1) AS language, COUNT(*)::int AS articles
    FROM article_collection ac JOIN article a ON a.id = ac.article_id
    WHERE ac.collection_id = ${collectionId(filters)}
    GROUP BY 1 ORDER BY articles DESC, language`,
});
