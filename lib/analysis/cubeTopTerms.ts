// A framing's commonest words under the filters (and a selection's commonest terms), counted from a statistics cube (lib/analysis/statsCube.ts)
// instead of SQL: over two years at a million passages the SQL path (topTermsOverMonths) read the month rows
// of hundreds of candidates per framing, 200–260 ms. Here every word of the chosen cells is summed, and only
// the top rows leave, as SQL's `ORDER BY count DESC, stem LIMIT top` would give them.
import type { FramingLabel } from "../classify/labels";
import { BoundedTop } from "./boundedTop";
import { zeroedUint32 } from "./scratchArrays";
import type { SelectionVectors } from "./cubeSideCounts";
import { findTermById } from "./termIdIndex";
import { addCells, cellsOf, compareStems, type CubeFilters, type StatsCube, stemOf } from "./statsCube";

export interface CubeTopRow { stem: string; count: number; passages: number }

export function topWordsFromCube(cube: StatsCube, filters: CubeFilters, framing: FramingLabel, top: number): CubeTopRow[] {
  return topFromCube(cube, { ...filters, framing: [framing] }, cube.terms.words, top).map(({ stem, count, passages }) => ({ stem, count, passages }));
}

/**
 * The selection's commonest terms over all its framings, words and counted phrases together, as the compare
 * view lists them (lib/queries/reads/getFrequentTerms.ts), with each term's number of words.
 */
export function frequentTermsFromCube(cube: StatsCube, filters: CubeFilters, top: number): (CubeTopRow & { n: number })[] {
  return topFromCube(cube, filters, cube.terms.count, top).map(({ term, stem, count, passages }) => ({ stem, count, passages, n: cube.terms.n[term] }));
}

/** The `top` commonest of the terms numbered below `termsBelow` in the filters' cells, ties ordered by stem. */
function topFromCube(cube: StatsCube, filters: CubeFilters, termsBelow: number, top: number): (CubeTopRow & { term: number })[] {
  // per term: occurrences, passages
  const sums = zeroedUint32("top terms sums", termsBelow * 2);
  addCells(cellsOf(cube, filters), sums, { stride: 2, at: 0, second: "passages", termsBelow });
  return topOfSums(cube, sums, 0, termsBelow, top);
}

/**
 * Each framing's `top` commonest words in passages' vectors grouped by framing (getFramingVectors): a
 * search's top words, counted in memory as the cube's are summed. Index f of the result is FRAMINGS[f].
 */
export function topWordsOfVectors(cube: StatsCube, v: SelectionVectors, framings: number, top: number): CubeTopRow[][] {
  const words = cube.terms.words;
  // per framing and word: occurrences, passages
  const sums = zeroedUint32("top words of vectors", framings * words * 2);
  for (let p = 0; p < v.passages; p++) {
    const base = v.group[p] * words;
    for (let k = v.start[p]; k < v.start[p + 1]; k++) {
      const t = findTermById(cube.terms.ids, v.high[k], v.low[k]);
      if (t < 0 || t >= words) continue;
      sums[2 * (base + t)] += v.count[k];
      sums[2 * (base + t) + 1] += 1;
    }
  }
  return Array.from({ length: framings }, (_, f) => topOfSums(cube, sums, 2 * f * words, words, top).map(({ stem, count, passages }) => ({ stem, count, passages })));
}

/**
 * The `top` commonest of terms 0 … termsBelow − 1 whose (occurrences, passages) pairs start at sums[from],
 * ties ordered by stem.
 */
function topOfSums(cube: StatsCube, sums: Uint32Array, from: number, termsBelow: number, top: number): (CubeTopRow & { term: number })[] {
  const count = (t: number) => sums[from + 2 * t];
  const best = new BoundedTop(top);
  for (let t = 0; t < termsBelow; t++) if (count(t) > 0) best.offer(count(t));
  // every term at or above the last count kept, so that ties there are ordered by stem before the cut
  const bar = Math.max(best.bar(), 1);
  const kept: number[] = [];
  for (let t = 0; t < termsBelow; t++) if (count(t) >= bar) kept.push(t);
  kept.sort((t, u) => count(u) - count(t) || compareStems(cube, t, u));
  return kept.slice(0, top).map((t) => ({ term: t, stem: stemOf(cube, t), count: count(t), passages: sums[from + 2 * t + 1] }));
}
