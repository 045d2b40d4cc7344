// A selection's most frequent words and phrases (all framings together), named by their commonest form.
import { getPrisma, Prisma } from "../db";
import type { Filters } from "../schema";
import { passageFilter } from "./passageFilter";
import { getTermNames } from "./getTermNames";
import { unnestTerms } from "./passageTermRows";
import { chooseSearchPath } from "./chooseSearchPath";

export interface FrequentTerm { key: string; term: string; n: number; count: number; passages: number }

export async function getFrequentTerms(filters: Partial<Filters>, limit = 20): Promise<FrequentTerm[]> {
  await chooseSearchPath(filters);
  const rows = await getPrisma().$queryRaw<Omit<FrequentTerm, "term">[]>(Prisma.sql`
    WITH counted AS (
      SELECT u.term_id, SUM(u.count)::int AS count, COUNT(*)::int AS passages
      FROM passage p JOIN passage_terms v ON v.passage_id = p.id CROSS JOIN LATERAL ${unnestTerms()}
      WHERE ${passageFilter({ ...filters, term: undefined })}
      GROUP BY 1
    )
    SELECT d.stem AS key, d.n::int AS n, c.count, c.passages
    FROM counted c JOIN term d ON d.id = c.term_id
    ORDER BY c.count DESC, d.stem
    LIMIT ${limit}`);
  const names = await getTermNames(rows.map((r) => r.key));
  return rows.map((r) => ({ ...r, term: names.get(r.key) ?? r.key }));
}
