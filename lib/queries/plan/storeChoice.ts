// Which store answers a read: the in-memory statistics cube, the statistics tables, or the passages. Pure: the
// planner (planRead.ts) gathers the facts, this decides. The statistics count every passage once in its
// framing × outlet × month cell, so they answer a selection exactly when it is a union of whole cells.
import type { Filters } from "../../schema";
import { PLAN_KEYS } from "../sql/planKeys";

export type Store = "cube" | "stats" | "passages";

/**
 * Whether the statistics answer a selection exactly: it sets only filters the statistics have dimensions for
 * (the collection, framings, outlets, whole months) and the labels in force. Any other filter set (a search, a term,
 * day-precision dates, another label view, the uncertain flag, one added later) is counted from the passages.
 */
export function statsCanAnswer(filters: Partial<Filters>): boolean {
  const wholeMonth = (d?: string) => !d || d.length === 7;
  const labelsInForce = !filters.labels || filters.labels === "both";
  const others = Object.entries(filters).filter(([key, value]) => !STATISTICS_DIMENSIONS.has(key) && !PLAN_KEYS.has(key) && isSet(value));
  return others.length === 0 && labelsInForce && wholeMonth(filters.from) && wholeMonth(filters.to);
}

/** The filters the statistics are counted by (collection × framing × outlet × month), and the label view they count. */
const STATISTICS_DIMENSIONS = new Set(["collection", "framing", "outlet", "from", "to", "labels"]);
const isSet = (value: unknown) => value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);

/** What a read implements, and whether each store holds what this request asks (a phrase not yet counted is in neither). */
export interface StoreFacts {
  /** the selection is whole statistics cells (statsCanAnswer) */
  wholeCells: boolean;
  /** a cube is loaded for the data as it is now */
  cubeLoaded: boolean;
  /** the read has a cube implementation, and the cube holds what is asked */
  cube: boolean;
  /** the read has a statistics-tables implementation, and the tables hold what is asked */
  stats: boolean;
}

/** The fastest store that answers exactly: the cube, then the statistics tables, then the passages (always exact). */
export function chooseStore(facts: StoreFacts): Store {
  if (!facts.wholeCells) return "passages";
  if (facts.cubeLoaded && facts.cube) return "cube";
  if (facts.stats) return "stats";
  return "passages";
}
