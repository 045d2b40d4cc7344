// The search filter `q`: passages whose text contains q, case aside (ILIKE). A search for letters inside
// rare words starts from the words' term ids instead of the trigram index (lib/queries/plan/searchPath.ts):
// at a million passages a selective word's trigrams ("anmoren": "ore", "ren", ...) are common, and the
// trigram index handed over six passages to recheck for each one that matched.
import { foundInContentWords } from "../../analysis/terms";
import { Prisma } from "../../db";

/** How a search is matched; the read planner chooses (lib/queries/plan/searchPath.ts). */
export type SearchPath = "words" | "trigrams";

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The word forms in term_surface (`ts`, lowercased by JavaScript) containing q, lowercase: with "İ"'s combining
 * dot removed, which JavaScript's lowercasing adds and PostgreSQL's does not (term_surface_trgm_idx).
 */
export function wordFormsContaining(lower: string): Prisma.Sql {
  return Prisma.sql`translate(ts.surface, U&'\\0307', '') LIKE ${`%${lower}%`}`;
}

/**
 * The condition on a passage aliased `p`. The word path takes every stem with a form containing q, finds their
 * passages through the term vectors' GIN index, and checks each one's text. Why it misses no match: q is
 * ASCII letters (foundInContentWords), so a match is a run of characters PostgreSQL lowercases to ASCII
 * letters: ASCII letters, or U+0130 ("İ", to "i"; U+212A, the Kelvin sign, cannot occur: stored text is NFC,
 * which makes it "K"). The run lies in one token, a content word, whose form JavaScript lowercased with "İ"
 * as "i" plus U+0307, removed before comparing. The check then drops what only looked like a match.
 */
export function textContains(q: string, path: SearchPath): Prisma.Sql {
  if (path === "trigrams" || !foundInContentWords(q)) return Prisma.sql`p.text ILIKE ${`%${escapeLike(q)}%`}`;
  const lower = q.toLowerCase();
  // a word's term id is computed from its stem (lib/analysis/termId.ts), so the dictionary is not read;
  // strpos over lower(), not ILIKE (which compares the lowercased strings the same way), so that the planner
  // cannot take the trigram index for the check and read every trigram match after all
  return Prisma.sql`p.id IN (
      SELECT v.passage_id FROM passage_terms v
      WHERE v.term_ids && ARRAY(SELECT DISTINCT ('x' || left(md5(ts.stem), 16))::bit(64)::bigint FROM term_surface ts
                                WHERE ${wordFormsContaining(lower)}))
    AND strpos(lower(p.text), ${lower}) > 0`;
}
