// The terms of a selection counted from its passages (a search), for keyness against a selection a statistics
// cube answers (lib/analysis/cubeSideKeyness.ts): the words and phrases of a scope in its passages, with their
// occurrences in those of them the other selection selects too. One row of arrays rather than a row per term:
// a search matching a few thousand passages has tens of thousands of terms, and rows cost far more to send.
import { getPrisma, Prisma } from "../db";
import type { CountedSide } from "../analysis/cubeSideKeyness";
import type { Filters } from "../schema";
import type { TermScope } from "./phraseBand";
import type { TermSample } from "./getTermSample";
import { passageTermCounts } from "./termCountsFromPassages";

export type CountedTerms = Omit<CountedSide, "tokens" | "passages">;

/** `sample`: the passages counted (getTermSample), all when null. */
export async function getCountedSideTerms(
  counted: Partial<Filters>, other: Partial<Filters>, options: { sample: TermSample | null; terms: TermScope },
): Promise<CountedTerms> {
  const [columns] = await getPrisma().$queryRaw<CountedTerms[]>(Prisma.sql`
    SELECT COALESCE(array_agg(r.key), '{}') AS key, COALESCE(array_agg(r.n), '{}') AS n, COALESCE(array_agg(r.a), '{}') AS count,
           COALESCE(array_agg(r.b), '{}') AS "inBoth", COALESCE(array_agg(r."docsA"), '{}') AS docs,
           COALESCE(array_agg(r."articlesA"), '{}') AS articles
    FROM (${passageTermCounts(counted, other, { terms: options.terms, minCount: 1, onlyA: true, sample: options.sample })}) r`);
  return columns;
}
