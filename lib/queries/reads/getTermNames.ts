// The name a term key is shown by: a word's commonest surface form in the corpus (term_surface); a phrase's,
// its words' commonest forms in turn ("re-educ camp" → "re-education camps"). A word that is not a content
// word, inside a phrase, is its own name.
import { getPrisma } from "../../db";

export async function getTermNames(keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const parts = [...new Set(keys.flatMap((k) => k.split(" ")))];
  const rows = await getPrisma().$queryRaw<{ stem: string; surface: string }[]>`
    SELECT DISTINCT ON (stem) stem, surface FROM term_surface WHERE stem = ANY(${parts}::text[])
    ORDER BY stem, count DESC, surface`;
  const words = new Map(rows.map((r) => [r.stem, r.surface]));
  return new Map(keys.map((k) => [k, k.split(" ").map((part) => words.get(part) ?? part).join(" ")]));
}
