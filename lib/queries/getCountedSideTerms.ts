// The terms of a selection counted from its passages (a search), for keyness against a selection a statistics
// cube answers (lib/analysis/cubeSideKeyness.ts): every word and counted phrase in its passages, with its
// occurrences in those of them the other selection selects too. One row of arrays rather than a row per term:
// a search matching a few thousand passages has tens of thousands of terms, and rows cost far more to send.
import { getPrisma, Prisma } from "../db";
import type { CountedSide } from "../analysis/cubeSideKeyness";
import type { Filters } from "../schema";
import { ALL_TERMS } from "./phraseBand";
import type { TermSample } from "./getTermSample";
import { passageSelectionTotals, passageTermCounts } from "./termCountsFromPassages";

/** `sample`: the passages counted (getTermSample), all when null; `phrases` false: words only. */
export async function getCountedSideTerms(
  counted: Partial<Filters>, other: Partial<Filters>, options: { sample: TermSample | null; phrases: boolean },
): Promise<CountedSide> {
  const terms = options.phrases ? ALL_TERMS : { words: true, phrases: null };
  const [totals, [columns]] = await Promise.all([
    passageSelectionTotals(counted, null, options.sample),
    getPrisma().$queryRaw<Omit<CountedSide, "tokens" | "passages">[]>(Prisma.sql`
      SELECT COALESCE(array_agg(r.key), '{}') AS key, COALESCE(array_agg(r.n), '{}') AS n, COALESCE(array_agg(r.a), '{}') AS count,
             COALESCE(array_agg(r.b), '{}') AS "inBoth", COALESCE(array_agg(r."docsA"), '{}') AS docs,
             COALESCE(array_agg(r."articlesA"), '{}') AS articles
      FROM (${passageTermCounts(counted, other, { terms, minCount: 1, onlyA: true, sample: options.sample })}) r`),
  ]);
  return { tokens: totals.tokensA, passages: totals.passagesA, ...columns };
}
