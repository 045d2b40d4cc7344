// A selection's most frequent words and phrases (all framings together), named by their commonest form: summed in
// the statistics cube when one is loaded and the filters are whole months of framings and outlets, else counted
// from the passages (in a sample when there are many: getTermSample).
import { frequentTermsFromCube } from "../../analysis/cubeTopTerms";
import { getPrisma, Prisma } from "../../db";
import type { Filters } from "../../schema";
import { defineRead } from "../plan/defineRead";
import { passagesToCount, type TermSample } from "../plan/getTermSample";
import { passageFilter } from "../sql/passageFilter";
import { unnestTerms } from "../sql/passageTermRows";
import { getTermNames } from "./getTermNames";

export interface FrequentTerm { key: string; term: string; n: number; count: number; passages: number }

/** `sample`: the passages they were counted in when the selection is large (getTermSample), null for all. */
export interface FrequentTerms { terms: FrequentTerm[]; sample: TermSample | null }

const readFrequentTerms = defineRead<[filters: Partial<Filters>, limit: number], FrequentTerms>("getFrequentTerms", {
  selection: (filters) => ({ ...filters, term: undefined }),
  termLists: true,
  cube: async ({ cube, filters }, _, limit) => {
    const rows = frequentTermsFromCube(cube, filters, limit);
    const names = await getTermNames(rows.map((r) => r.stem));
    return { terms: rows.map((r) => ({ key: r.stem, term: names.get(r.stem) ?? r.stem, n: r.n, count: r.count, passages: r.passages })), sample: null };
  },
  passages: async ({ filters, sample }, _, limit) => {
    const rows = await getPrisma().$queryRaw<Omit<FrequentTerm, "term">[]>(Prisma.sql`
      WITH counted AS (
        SELECT u.term_id, SUM(u.count)::int AS count, COUNT(*)::int AS passages
        FROM ${passagesToCount(sample, filters)} JOIN passage_terms v ON v.passage_id = p.id CROSS JOIN LATERAL ${unnestTerms()}
        WHERE ${passageFilter(filters)}
        GROUP BY 1
      )
      SELECT d.stem AS key, d.n::int AS n, c.count, c.passages
      FROM counted c JOIN term d ON d.id = c.term_id
      ORDER BY c.count DESC, d.stem
      LIMIT ${limit}`);
    const names = await getTermNames(rows.map((r) => r.key));
    return { terms: rows.map((r) => ({ ...r, term: names.get(r.key) ?? r.key })), sample };
  },
});

export const getFrequentTerms = (filters: Partial<Filters>, limit = 20): Promise<FrequentTerms> => readFrequentTerms(filters, limit);
