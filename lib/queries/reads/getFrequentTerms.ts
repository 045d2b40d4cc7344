// A selection's most frequent words and phrases (all framings together), named by their commonest form: summed in
// the statistics cube when one is loaded and the filters are whole months of framings and outlets, else counted
// from the passages (in a sample when there are many: getTermSample).
import { getPrisma, Prisma } from "../../db";
import type { Filters } from "../../schema";
import { passageFilter } from "../sql/passageFilter";
import { getTermNames } from "./getTermNames";
import { unnestTerms } from "../sql/passageTermRows";
import { chooseSearchPath } from "../plan/chooseSearchPath";
import { inSample, sampleOfPassages, type TermSample } from "../plan/getTermSample";
import { statsCanAnswer } from "../sql/statFilter";
import { currentStatsCube } from "../stats/currentStatsCube";
import { frequentTermsFromCube } from "../../analysis/cubeTopTerms";

export interface FrequentTerm { key: string; term: string; n: number; count: number; passages: number }

/** `sample`: the passages they were counted in when the selection is large (getTermSample), null for all. */
export async function getFrequentTerms(filters: Partial<Filters>, limit = 20): Promise<{ terms: FrequentTerm[]; sample: TermSample | null }> {
  await chooseSearchPath(filters);
  const selection = { ...filters, term: undefined };
  // whole months of framings and outlets: every term of the chosen cells summed in memory when a cube is loaded
  const cube = statsCanAnswer(selection) ? await currentStatsCube() : null;
  if (cube) {
    const rows = frequentTermsFromCube(cube, selection, limit);
    const names = await getTermNames(rows.map((r) => r.stem));
    return { terms: rows.map((r) => ({ key: r.stem, term: names.get(r.stem) ?? r.stem, n: r.n, count: r.count, passages: r.passages })), sample: null };
  }
  const sample = await sampleOfPassages(selection);
  const rows = await getPrisma().$queryRaw<Omit<FrequentTerm, "term">[]>(Prisma.sql`
    WITH counted AS (
      SELECT u.term_id, SUM(u.count)::int AS count, COUNT(*)::int AS passages
      FROM passage p ${inSample(sample)} JOIN passage_terms v ON v.passage_id = p.id CROSS JOIN LATERAL ${unnestTerms()}
      WHERE ${passageFilter(selection)}
      GROUP BY 1
    )
    SELECT d.stem AS key, d.n::int AS n, c.count, c.passages
    FROM counted c JOIN term d ON d.id = c.term_id
    ORDER BY c.count DESC, d.stem
    LIMIT ${limit}`);
  const names = await getTermNames(rows.map((r) => r.key));
  return { terms: rows.map((r) => ({ ...r, term: names.get(r.key) ?? r.key })), sample };
}
