// The search filter `q`: passages whose text contains q, case aside (ILIKE). A word search starts from the
// words' term ids instead of the trigram index when that finds every match (foundInContentWords): at a million
// passages a selective word's trigrams ("anmoren": "ore", "ren", ...) are common, and the trigram index
// handed over six passages to recheck for each one that matched.
import { foundInContentWords } from "../analysis/terms";
import { Prisma } from "../db";

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The condition on a passage aliased `p`. The word path takes every stem with a surface form containing q
 * (term_surface holds the corpus's word forms, lowercased by JavaScript), finds their passages through the
 * term vectors' GIN index, and checks each one's text. Why it misses no match: q is ASCII letters, so a
 * match is a run of characters PostgreSQL lowercases to ASCII letters: ASCII letters, or U+0130 ("İ", to "i";
 * U+212A, the Kelvin sign, cannot occur: stored text is NFC, which makes it "K"). That run lies in one token,
 * a content word (foundInContentWords), whose form JavaScript lowercased with "İ" as "i" plus U+0307, which
 * is removed before comparing. The check then drops what only looked like a match.
 */
export function textContains(q: string): Prisma.Sql {
  if (!foundInContentWords(q)) return Prisma.sql`p.text ILIKE ${`%${escapeLike(q)}%`}`;
  const lower = q.toLowerCase();
  // a word's term id is computed from its stem (lib/analysis/termId.ts), so the dictionary is not read
  // strpos over lower(), not ILIKE (which compares the lowercased strings the same way), so that the planner
  // cannot take the trigram index for the check and read every trigram match after all
  return Prisma.sql`p.id IN (
      SELECT v.passage_id FROM passage_terms v
      WHERE v.term_ids && ARRAY(SELECT DISTINCT ('x' || left(md5(ts.stem), 16))::bit(64)::bigint FROM term_surface ts
                                WHERE translate(ts.surface, U&'\\0307', '') LIKE ${`%${lower}%`}))
    AND strpos(lower(p.text), ${lower}) > 0`;
}
