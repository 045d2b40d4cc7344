// A selection's most frequent words and phrases (all framings together), named by their commonest form.
import { getPrisma, Prisma } from "../db";
import type { Filters } from "../schema";
import { passageFilter } from "./passageFilter";

export interface FrequentTerm { key: string; term: string; n: number; count: number; passages: number }

export async function getFrequentTerms(filters: Partial<Filters>, limit = 20): Promise<FrequentTerm[]> {
  return getPrisma().$queryRaw<FrequentTerm[]>(Prisma.sql`
    WITH hits AS (
      SELECT t.stem, t.surface, t.n, t.count, t.passage_id
      FROM passage_term t JOIN passage p ON p.id = t.passage_id
      WHERE ${passageFilter({ ...filters, term: undefined })}
    ), named AS (
      SELECT stem, (array_agg(surface ORDER BY total DESC, surface))[1] AS term
      FROM (SELECT stem, surface, SUM(count) AS total FROM hits GROUP BY stem, surface) s GROUP BY stem
    )
    SELECT h.stem AS key, named.term, MIN(h.n)::int AS n, SUM(h.count)::int AS count, COUNT(DISTINCT h.passage_id)::int AS passages
    FROM hits h JOIN named ON named.stem = h.stem
    GROUP BY h.stem, named.term
    ORDER BY count DESC, h.stem
    LIMIT ${limit}`);
}
