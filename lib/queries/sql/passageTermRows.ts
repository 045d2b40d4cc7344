// Per-passage terms are stored as one row per passage with parallel arrays (passage_terms.term_ids,
// .counts) over the term dictionary. These fragments unfold them into rows (passage_id, term_id, stem, n,
// count) for the queries that aggregate over passages: use them where a table would go, aliased.
import { Prisma } from "../../db";
import { termId } from "../../analysis/termId";

/**
 * The terms of the passage_terms row aliased `v` as rows u(term_id, count, i), i the position in the vector,
 * for a CROSS JOIN LATERAL. Single words come first in each vector (the first `words` entries), so words
 * alone, or phrases alone, are a slice.
 */
export function unnestTerms(part: "all" | "words" | "phrases" = "all"): Prisma.Sql {
  if (part === "words") return Prisma.sql`unnest(v.term_ids[1:v.words], v.counts[1:v.words]) WITH ORDINALITY AS u(term_id, count, i)`;
  if (part === "phrases") return Prisma.sql`unnest(v.term_ids[v.words + 1:], v.counts[v.words + 1:]) WITH ORDINALITY AS u(term_id, count, i)`;
  return Prisma.sql`unnest(v.term_ids, v.counts) WITH ORDINALITY AS u(term_id, count, i)`;
}

/** Every passage's terms. Join it to `passage p` on passage_id; the planner fetches only the passages kept. */
export const PASSAGE_TERM_ROWS = Prisma.sql`(
  SELECT v.passage_id, u.term_id, d.stem, d.n, u.count
  FROM passage_terms v CROSS JOIN LATERAL ${unnestTerms()}
  JOIN term d ON d.id = u.term_id)`;

/**
 * The passages containing a term key, as a condition on `p` (the GIN index finds them). By computed id: a
 * phrase not yet in the dictionary is found too.
 */
export function containsTerm(stem: string): Prisma.Sql {
  return Prisma.sql`p.id IN (SELECT v.passage_id FROM passage_terms v WHERE v.term_ids @> ARRAY[${termId(stem)}::bigint])`;
}
