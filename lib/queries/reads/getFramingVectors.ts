// The term vectors of the passages a selection counted from its passages (a search) holds, each grouped by its
// framing's place in FRAMINGS, for its top words per framing counted against the statistics cube
// (lib/queries/reads/getTopTerms.ts).
import { Prisma } from "../../db";
import { type PlannedFilters, passageFilter } from "../sql/passageFilter";
import type { SelectionVectors } from "../../analysis/cubeSideCounts";
import { passagesToCount, type TermSample } from "../plan/getTermSample";
import { readPassageVectors } from "../sql/passageVectors";
import { FRAMING_NUMBER } from "../stats/loadStatsCube";

/** `sample`: the passages counted (getTermSample), all when null. */
export function getFramingVectors(filters: PlannedFilters, sample: TermSample | null): Promise<SelectionVectors> {
  return readPassageVectors(Prisma.sql`
    SELECT p.id, p.article_id, ${Prisma.raw(FRAMING_NUMBER("p.framing"))} AS grp FROM ${passagesToCount(sample, filters)} WHERE ${passageFilter(filters)}`);
}
