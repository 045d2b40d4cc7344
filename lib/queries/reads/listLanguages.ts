import { getPrisma } from "../../db";
import { defineRead } from "../plan/defineRead";

export interface LanguageListing { language: string; articles: number }

/** The articles' languages (primary subtags, lowercase: what the `lang` filter matches), commonest first. */
export const listLanguages = defineRead<[], LanguageListing[]>("listLanguages", {
  selection: () => ({}),
  passages: () => getPrisma().$queryRaw<LanguageListing[]>`
    SELECT split_part(lower(language), '-', 1) AS language, COUNT(*)::int AS articles
    FROM article GROUP BY 1 ORDER BY articles DESC, language`,
});
