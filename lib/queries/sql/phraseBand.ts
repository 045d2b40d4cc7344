// Which terms a keyness count covers (lib/queries/reads/keyness/getKeyness.ts ranks words and the commonest phrases first,
// then bands of rarer phrases), and a band as a condition on the passages' term ids or the statistics' stems.
import { termId } from "../../analysis/termId";
import { Prisma } from "../../db";
import { PHRASE_MIN_COUNT } from "../stats/statGrains";

/**
 * Phrases (2–3 words) seen in the whole corpus (term.count) at least `from` times and, if given, fewer than
 * `below`; or the phrases listed by stem.
 */
export type PhraseBand = { from: number; below?: number } | { stems: string[] };
/** Which terms to count: the single words or not, and the phrases of a band, or none. */
export interface TermScope { words: boolean; phrases: PhraseBand | null }
export const ALL_TERMS: TermScope = { words: true, phrases: { from: 0 } };

/**
 * A band's phrases as a condition on a column of term ids or stems, or null when the band leaves none of the
 * counted phrases out (below PHRASE_MIN_COUNT a lower bound changes nothing: rarer phrases are not in the
 * dictionary). A list is passed as an array, which an index can take; a range goes through the partial index
 * on term.count.
 */
export function phrasesInBand(band: PhraseBand, column: Prisma.Sql, kind: "id" | "stem"): Prisma.Sql | null {
  if ("stems" in band) {
    return kind === "stem" ? Prisma.sql`${column} = ANY(${band.stems}::text[])` : Prisma.sql`${column} = ANY(${band.stems.map(termId)}::bigint[])`;
  }
  if (band.from <= PHRASE_MIN_COUNT && band.below === undefined) return null;
  const below = band.below === undefined ? Prisma.empty : Prisma.sql`AND count < ${band.below}`;
  return Prisma.sql`${column} IN (SELECT ${Prisma.raw(kind)} FROM term WHERE n > 1 AND count >= ${band.from} ${below})`;
}
