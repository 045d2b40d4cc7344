// The read planner: resolves a request's selection once into a plan — which store answers (storeChoice.ts),
// how its search is matched (searchPath.ts), whether its term lists are counted in a sample (getTermSample.ts)
// and how a collection's passages are reached (collectionReach.ts) — so that no read decides any of it for itself, and nothing depends on a call made earlier.
import type { StatsCube } from "../../analysis/statsCube";
import type { Filters } from "../../schema";
import type { PlannedFilters } from "../sql/passageFilter";
import { currentStatsCube } from "../stats/currentStatsCube";
import { sampleOfPassages, type TermSample } from "./getTermSample";
import { searchPathFor } from "./searchPath";
import { collectionReachOf } from "./collectionReach";
import { chooseStore, type Store, statsCanAnswer } from "./storeChoice";

export interface ReadPlan {
  store: Store;
  /** the selection the store was chosen for, with how its search is matched */
  filters: PlannedFilters;
  /**
   * the cube of the data as it is now, when one is loaded and the read has a cube implementation: the store when
   * `store` is "cube", else a term numbering the passages' vectors can be counted against in memory
   */
  cube: StatsCube | null;
  /** for term lists counted from the passages: the random sample of them counted, null for every passage */
  sample: TermSample | null;
}

/** A plan whose store is the cube. */
export type CubePlan = ReadPlan & { store: "cube"; cube: StatsCube };

/** What a read can be answered from beyond the passages, which answer every selection. */
export interface ReadStores {
  /** a cube implementation; `holds`: whether the loaded cube holds what is asked (default yes) */
  cube?: boolean | ((cube: StatsCube) => boolean);
  /** a statistics-tables implementation; `holds`: whether the tables hold what is asked (default yes) */
  stats?: boolean | (() => Promise<boolean>);
  /** the read counts term lists: a large selection counted from its passages is counted in a sample */
  termLists?: boolean;
}

export async function planRead(selection: Partial<Filters>, stores: ReadStores = {}): Promise<ReadPlan> {
  const wholeCells = statsCanAnswer(selection);
  const [search, reach, cube] = await Promise.all([searchPathFor(selection.q), collectionReachOf(selection), stores.cube ? currentStatsCube() : null]);
  const cubeHolds = !!cube && (typeof stores.cube === "function" ? stores.cube(cube) : true);
  // the tables are asked only when they would be chosen: the question may be a query
  const statsHold = async () => (typeof stores.stats === "function" ? stores.stats() : !!stores.stats);
  const store = chooseStore({
    wholeCells, cubeLoaded: !!cube, cube: cubeHolds,
    stats: wholeCells && !(cube && cubeHolds) && (await statsHold()),
  });
  const sample = stores.termLists && store === "passages" ? await sampleOfPassages(selection) : null;
  return { store, filters: { ...selection, search, reach }, cube, sample };
}
