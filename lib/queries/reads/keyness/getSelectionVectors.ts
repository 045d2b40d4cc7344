// The term vectors of the passages a search (or any selection counted from its passages) matches, for its
// keyness against a selection the statistics cube answers (lib/queries/reads/keyness/getKeynessBesideCube.ts): each passage
// grouped 1 when the other selection selects it too.
import { Prisma } from "../../../db";
import type { PlannedFilters } from "../../sql/passageFilter";
import type { SelectionVectors } from "../../../analysis/cubeSideCounts";
import type { TermSample } from "../../plan/getTermSample";
import { selectedPassages } from "./termCountsFromPassages";
import { readPassageVectors } from "../../sql/passageVectors";

/** `sample`: the passages counted (getTermSample), all when null. */
export function getSelectionVectors(counted: PlannedFilters, other: PlannedFilters, sample: TermSample | null): Promise<SelectionVectors> {
  return readPassageVectors(Prisma.sql`SELECT s.id, s.article_id, s.in_b::int AS grp FROM (${selectedPassages(counted, other, true, sample)}) s`);
}
