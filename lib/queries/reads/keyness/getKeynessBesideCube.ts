// Keyness of a selection counted from its passages (a search) against one the statistics cube answers: the
// counted side's term vectors are read once (getSelectionVectors) and counted against the cube's numbering in
// memory, the broad side is summed in the cube, and every term is scored as keynessCandidatesFromCube scores
// it. The search is matched once and its pairs are counted here: counted in SQL, in bands of rarer phrases, it is
// matched three times, and at a million passages a selective search takes 1.5 s, about 1.1 s of it grouping its
// (term, article) pairs in PostgreSQL.
import type { CubeKeynessOptions, CubeTotals } from "../../../analysis/cubeKeyness";
import { countVectorsInCube } from "../../../analysis/cubeSideCounts";
import { keynessCandidatesOfSide } from "../../../analysis/cubeSideKeyness";
import type { TermCounts } from "../../../analysis/keyness";
import type { CubeFilters, StatsCube } from "../../../analysis/statsCube";
import type { PlannedFilters } from "../../sql/passageFilter";
import { getSelectionVectors } from "./getSelectionVectors";
import type { TermSample } from "../../plan/getTermSample";

/** `countedIs`: which of A and B `counted` is; `broad` is the other. */
export async function getKeynessBesideCube(
  cube: StatsCube, counted: PlannedFilters, broad: CubeFilters, countedIs: "a" | "b", sample: TermSample | null, options: CubeKeynessOptions,
): Promise<{ totals: CubeTotals; rows: TermCounts[] }> {
  const vectors = await getSelectionVectors(counted, { ...broad, search: null }, sample);
  return keynessCandidatesOfSide(cube, countVectorsInCube(cube, vectors), broad, countedIs, options);
}
