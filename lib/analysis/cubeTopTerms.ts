// A framing's commonest words under the filters (and a selection's commonest terms), counted from a statistics cube (lib/analysis/statsCube.ts)
// instead of SQL: over two years at a million passages the SQL path (topTermsOverMonths) read the month rows
// of hundreds of candidates per framing, 200–260 ms. Here every word of the chosen cells is summed, and only
// the top rows leave, as SQL's `ORDER BY count DESC, stem LIMIT top` would give them.
import type { FramingLabel } from "../classify/labels";
import { BoundedTop } from "./boundedTop";
import { zeroedUint32 } from "./scratchArrays";
import { addCells, cellsOf, compareStems, type CubeFilters, type StatsCube, stemOf } from "./statsCube";

export interface CubeTopRow { stem: string; count: number; passages: number }

export function topWordsFromCube(cube: StatsCube, filters: CubeFilters, framing: FramingLabel, top: number): CubeTopRow[] {
  return topFromCube(cube, { ...filters, framing: [framing] }, cube.terms.words, top).map(({ stem, count, passages }) => ({ stem, count, passages }));
}

/**
 * The selection's commonest terms over all its framings, words and counted phrases together, as the compare
 * view lists them (lib/queries/getFrequentTerms.ts), with each term's number of words.
 */
export function frequentTermsFromCube(cube: StatsCube, filters: CubeFilters, top: number): (CubeTopRow & { n: number })[] {
  return topFromCube(cube, filters, cube.terms.count, top).map(({ term, stem, count, passages }) => ({ stem, count, passages, n: cube.terms.n[term] }));
}

/** The `top` commonest of the terms numbered below `termsBelow` in the filters' cells, ties ordered by stem. */
function topFromCube(cube: StatsCube, filters: CubeFilters, termsBelow: number, top: number): (CubeTopRow & { term: number })[] {
  // per term: occurrences, passages
  const sums = zeroedUint32("top terms sums", termsBelow * 2);
  addCells(cellsOf(cube, filters), sums, { stride: 2, at: 0, second: "passages", termsBelow });
  const best = new BoundedTop(top);
  for (let t = 0; t < termsBelow; t++) if (sums[2 * t] > 0) best.offer(sums[2 * t]);
  // every term at or above the last count kept, so that ties there are ordered by stem before the cut
  const bar = Math.max(best.bar(), 1);
  const kept: number[] = [];
  for (let t = 0; t < termsBelow; t++) if (sums[2 * t] >= bar) kept.push(t);
  kept.sort((t, u) => sums[2 * u] - sums[2 * t] || compareStems(cube, t, u));
  return kept.slice(0, top).map((t) => ({ term: t, stem: stemOf(cube, t), count: sums[2 * t], passages: sums[2 * t + 1] }));
}
