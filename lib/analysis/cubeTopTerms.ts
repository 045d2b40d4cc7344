// A framing's commonest words under the filters, counted from a statistics cube (lib/analysis/statsCube.ts)
// instead of SQL: over two years at a million passages the SQL path (topTermsOverMonths) read the month rows
// of hundreds of candidates per framing, 200–260 ms. Here every word of the chosen cells is summed, and only
// the top rows leave, as SQL's `ORDER BY count DESC, stem LIMIT top` would give them.
import type { FramingLabel } from "../classify/labels";
import { BoundedTop } from "./boundedTop";
import { zeroedUint32 } from "./scratchArrays";
import { addCells, cellsOf, compareStems, type CubeFilters, type StatsCube, stemOf } from "./statsCube";

export interface CubeTopRow { stem: string; count: number; passages: number }

export function topWordsFromCube(cube: StatsCube, filters: CubeFilters, framing: FramingLabel, top: number): CubeTopRow[] {
  const words = cube.terms.words;
  // per word: occurrences, passages
  const sums = zeroedUint32("top words sums", words * 2);
  addCells(cellsOf(cube, { ...filters, framing: [framing] }), sums, { stride: 2, at: 0, second: "passages", termsBelow: words });
  const best = new BoundedTop(top);
  for (let t = 0; t < words; t++) if (sums[2 * t] > 0) best.offer(sums[2 * t]);
  // every word at or above the last count kept, so that ties there are ordered by stem before the cut
  const bar = Math.max(best.bar(), 1);
  const kept: number[] = [];
  for (let t = 0; t < words; t++) if (sums[2 * t] >= bar) kept.push(t);
  kept.sort((t, u) => sums[2 * u] - sums[2 * t] || compareStems(cube, t, u));
  return kept.slice(0, top).map((t) => ({ stem: stemOf(cube, t), count: sums[2 * t], passages: sums[2 * t + 1] }));
}
