// Keyness's candidates counted from a statistics cube (lib/analysis/statsCube.ts) instead of SQL: every term of
// the two selections is summed and, unless too rare to reach either list, scored by the same z as
// rankedByKeyness and lib/analysis/keyness, so no pruning by bands of phrases is needed; only each list's top
// rows (and any tied with the last) leave, to be scored again in full, named and ordered by the caller as the
// SQL path's rows are.
import { countNeededForZ, type TermCounts } from "./keyness";
import { BoundedTop } from "./boundedTop";
import { filledFloat64, zeroedUint32, zeroedUint8 } from "./scratchArrays";
import { addCells, cellsOf, type CubeFilters, framingIndex, grainCellsOf, passagesOf, passageTotals, type StatsCube, stemOf } from "./statsCube";
import { articleColumns } from "./sideArticles";

export interface CubeTotals { tokensA: number; tokensB: number; passagesA: number; passagesB: number }

export interface CubeKeynessOptions {
  limit: number;
  minArticles: number;
  /** a term must occur this often in the two selections together (counted once where they overlap) */
  minCount: number;
  /** false: words only */
  phrases: boolean;
}

export function keynessCandidatesFromCube(
  cube: StatsCube, a: CubeFilters, b: CubeFilters, options: CubeKeynessOptions,
): { totals: CubeTotals; rows: TermCounts[] } {
  const [ta, tb] = [passageTotals(cube, a), passageTotals(cube, b)];
  const totals = { tokensA: ta.tokens, tokensB: tb.tokens, passagesA: ta.passages, passagesB: tb.passages };
  if (!totals.tokensA || !totals.tokensB) return { totals, rows: [] };
  const [cellsA, cellsB] = [cellsOf(cube, a), cellsOf(cube, b)];
  // per term: occurrences in A, articles in A, occurrences in B, articles in B
  const sums = zeroedUint32("keyness sums", cube.terms.count * 4);
  // each side's articles: the column each framing adds for the side's framings, so an article counts once
  addCells(cellsA, sums, { stride: 4, at: 0, second: sideArticleColumns(a) });
  addCells(cellsB, sums, { stride: 4, at: 2, second: sideArticleColumns(b) });
  // Where the selections overlap, the minimum count is taken as SQL takes it: a statistics row both sides
  // read counts once. They read the same rows only at the same grain (termStatFilter); at different grains
  // (an outlet against a framing) SQL adds the two sides' rows, so the cube does too. Outlets alone and
  // months alone are coarser grains in SQL but finest cells here.
  const [grainA, grainB] = sameGrain(a, b) ? [grainCellsOf(cube, a), grainCellsOf(cube, b)] : [null, null];
  let inBoth: Uint8Array | null = null;
  let overlaps = false;
  if (grainA && grainB) {
    inBoth = new Uint8Array(grainA.selected.length);
    for (let c = 0; c < inBoth.length; c++) {
      if (!(grainA.selected[c] & grainB.selected[c])) continue;
      inBoth[c] = 1;
      overlaps = true;
    }
  }
  let overlap: Uint32Array | null = null;
  if (grainA && inBoth && overlaps) addCells([{ block: grainA.block, selected: inBoth }], (overlap = zeroedUint32("keyness overlap", cube.terms.count)), { stride: 1, at: 0 });

  const shown = candidateTerms(cube, sums, overlap, totals, options);
  const wanted = zeroedUint8("keyness wanted", cube.terms.count);
  for (const t of shown) wanted[t] = 1;
  // passages only for the rows that leave: summing them for every term would cost as much again
  const [docsA, docsB] = [passagesOf(cellsA, wanted), passagesOf(cellsB, wanted)];
  const rows = shown.map((t): TermCounts => {
    const key = stemOf(cube, t);
    return {
      key, term: key, n: cube.terms.n[t], a: sums[4 * t], b: sums[4 * t + 2], docsA: docsA.get(t) ?? 0, docsB: docsB.get(t) ?? 0,
      articlesA: sums[4 * t + 1], articlesB: sums[4 * t + 3],
    };
  });
  return { totals, rows };
}

/**
 * The numbers of the terms that reach either list, ties with each list's last row included: every term summed
 * into `sums` (per term t: occurrences in A at 4t, articles in A at 4t + 1, then B's) is scored unless too rare to
 * reach either list. `overlap`: per term, the occurrences both selections counted, which count once towards the
 * minimum count.
 */
export function candidateTerms(
  cube: StatsCube, sums: Uint32Array, overlap: Uint32Array | null, totals: CubeTotals, options: CubeKeynessOptions,
): number[] {
  const [nA, nB] = [totals.tokensA, totals.tokensB];
  const z = filledFloat64("keyness z", cube.terms.count, NaN);
  const [topA, topB] = [new BoundedTop(options.limit), new BoundedTop(options.limit)];
  // A term seen fewer times than this in A and B together cannot reach either list once both are full (largestZ
  // bounds |z| by the count), so it is skipped unscored: most of the corpus's terms are phrases seen a few times.
  // Raised as the bars rise; exact, since a skipped term scores below a bar that only rises.
  let scoredFrom = 0;
  const raiseScoredFrom = () => {
    const [barA, barB] = [topA.bar(), topB.bar()];
    if (barA > 0 && barB > 0) scoredFrom = Math.min(countNeededForZ(barA, nA, nB, 1), countNeededForZ(barB, nA, nB, -1));
  };
  for (let t = 0; t < z.length; t++) {
    const x = sums[4 * t];
    const y = sums[4 * t + 2];
    if (x + y < scoredFrom) continue;
    if (x + y - (overlap ? overlap[t] : 0) < options.minCount) continue;
    if (!options.phrases && cube.terms.n[t] > 1) continue;
    // logOddsWithPrior with α = x + y and α0 = nA + nB, written out: this loop runs once per term in the corpus
    const u = 2 * x + y;
    const v = x + 2 * y;
    const score = (Math.log(u / (2 * nA + nB - u)) - Math.log(v / (nA + 2 * nB - v))) / Math.sqrt(1 / u + 1 / v);
    z[t] = score;
    if (score > 0 && sums[4 * t + 1] >= options.minArticles) {
      if (topA.offer(score)) raiseScoredFrom();
    } else if (score < 0 && sums[4 * t + 3] >= options.minArticles) {
      if (topB.offer(-score)) raiseScoredFrom();
    }
  }
  // every term at or above each list's last score, ties included: the caller orders ties by key
  const [barA, barB] = [topA.bar(), topB.bar()];
  const shown: number[] = [];
  for (let t = 0; t < z.length; t++) {
    const score = z[t];
    if (Number.isNaN(score)) continue;
    const inA = score > 0 && score >= barA && sums[4 * t + 1] >= options.minArticles;
    const inB = score < 0 && -score >= barB && sums[4 * t + 3] >= options.minArticles;
    if (inA || inB) shown.push(t);
  }
  return shown;
}

/** For a side's filters, the article column each framing's cells add (lib/analysis/sideArticles.ts). */
export const sideArticleColumns = (filters: CubeFilters) => articleColumns(filters.framing?.map(framingIndex));

/** Whether termStatFilter reads two selections at one grain: outlets or all outlets, months or all time. */
const sameGrain = (a: CubeFilters, b: CubeFilters) =>
  Boolean(a.outlet?.length) === Boolean(b.outlet?.length) && Boolean(a.from || a.to) === Boolean(b.from || b.to);
