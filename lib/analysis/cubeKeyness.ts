// Keyness's candidates counted from a statistics cube (lib/analysis/statsCube.ts) instead of SQL: every term of
// the two selections is scored, by the same z as rankedByKeyness and lib/analysis/keyness, so no pruning by
// bands of phrases is needed; only each list's top rows (and any tied with the last) leave, to be scored again
// in full, named and ordered by the caller as the SQL path's rows are.
import type { TermCounts } from "./keyness";
import { addCells, cellsOf, type CellSelection, type CubeFilters, passagesOf, passageTotals, type StatsCube, stemOf, termIndexOf } from "./statsCube";

export interface CubeTotals { tokensA: number; tokensB: number; passagesA: number; passagesB: number }

export interface CubeKeynessOptions {
  limit: number;
  minArticles: number;
  /** a term must occur this often in the two selections together (counted once where they overlap) */
  minCount: number;
  /** false: words only */
  phrases: boolean;
}

/** Both selections answered by the cube (statsCanAnswer). */
export function keynessCandidatesFromCube(
  cube: StatsCube, a: CubeFilters, b: CubeFilters, options: CubeKeynessOptions,
): { totals: CubeTotals; rows: TermCounts[] } {
  const [ta, tb] = [passageTotals(cube, a), passageTotals(cube, b)];
  const totals = { tokensA: ta.tokens, tokensB: tb.tokens, passagesA: ta.passages, passagesB: tb.passages };
  if (!totals.tokensA || !totals.tokensB) return { totals, rows: [] };
  const [cellsA, cellsB] = [cellsOf(cube, a), cellsOf(cube, b)];
  const sums = new Uint32Array(cube.terms.count * 4);
  addCells(cellsA, sums, 4, 0);
  addCells(cellsB, sums, 4, 2);
  // Where the selections overlap, the minimum count is taken as SQL takes it: a statistics row both sides
  // read counts once. They read the same rows only at the same grain (termStatFilter); at different grains
  // (an outlet against a framing) SQL adds the two sides' rows, so the cube does too. Outlets alone and
  // months alone are coarser grains in SQL but finest cells here.
  const inBoth = sameGrain(a, b) ? cellsA.selected.map((x, c) => x & cellsB.selected[c]) : null;
  let overlap: Uint32Array | null = null;
  if (inBoth?.some((x) => x)) addCells({ block: cellsA.block, selected: inBoth }, (overlap = new Uint32Array(cube.terms.count)), 1, 0);
  const shown = rankTerms(cube, sums, overlap, totals, options, []);
  const [docsA, docsB] = [passagesOf(cellsA, shown.wanted), passagesOf(cellsB, shown.wanted)];
  return { totals, rows: shown.terms.map((t) => cubeRow(cube, t, sums, docsA.get(t) ?? 0, docsB.get(t) ?? 0)) };
}

/**
 * One selection the cube answers (`broad`: a framing, say) against one it cannot (a search), whose terms the
 * caller counted from its passages: `counted.rows` as passageTermCounts gives them with the broad selection as
 * B and onlyA, so their B columns are what lies in both. The broad side's counts come from the cube for every
 * term; as in SQL (getKeyness's sideBySide) the minimum count applies to the union of the two.
 */
export function keynessCandidatesBesidePassages(
  cube: StatsCube, broad: CubeFilters, broadIsA: boolean,
  counted: { tokens: number; passages: number; rows: TermCounts[] }, options: CubeKeynessOptions,
): { totals: CubeTotals; rows: TermCounts[] } {
  const wide = passageTotals(cube, broad);
  const totals = broadIsA
    ? { tokensA: wide.tokens, passagesA: wide.passages, tokensB: counted.tokens, passagesB: counted.passages }
    : { tokensA: counted.tokens, passagesA: counted.passages, tokensB: wide.tokens, passagesB: wide.passages };
  if (!totals.tokensA || !totals.tokensB) return { totals, rows: [] };
  const cells = cellsOf(cube, broad);
  const [wideAt, countedAt] = broadIsA ? [0, 2] : [2, 0];
  const sums = new Uint32Array(cube.terms.count * 4);
  addCells(cells, sums, 4, wideAt);
  const overlap = new Uint32Array(cube.terms.count);
  const countedRow = new Map<number, TermCounts>();
  // the counted side's terms the cube lacks (a phrase counted in the dictionary, not yet in the statistics): none in the broad side
  const outside: Outside[] = [];
  for (const row of counted.rows) {
    const t = termIndexOf(cube, row.key);
    if (t < 0) {
      const alone = broadIsA ? { ...row, a: 0, b: row.a, docsA: 0, docsB: row.docsA, articlesA: 0, articlesB: row.articlesA } : { ...row, b: 0, docsB: 0, articlesB: 0 };
      outside.push({ row: alone, union: row.a - row.b });
      continue;
    }
    sums[4 * t + countedAt] = row.a;
    sums[4 * t + countedAt + 1] = row.articlesA;
    overlap[t] = row.b;
    countedRow.set(t, row);
  }
  const shown = rankTerms(cube, sums, overlap, totals, options, outside);
  const docs = passagesOf(cells, shown.wanted);
  const rows = shown.terms.map((t) => {
    const [wideDocs, countedDocs] = [docs.get(t) ?? 0, countedRow.get(t)?.docsA ?? 0];
    return broadIsA ? cubeRow(cube, t, sums, wideDocs, countedDocs) : cubeRow(cube, t, sums, countedDocs, wideDocs);
  });
  return { totals, rows: [...rows, ...shown.extra] };
}

/** A row outside the cube, with its occurrences in the union of the two selections. */
interface Outside { row: TermCounts; union: number }

/**
 * The terms at or above each list's last score, ties included (the caller orders ties by key). `sums` holds per
 * term: occurrences in A, articles in A, occurrences in B, articles in B; `overlap`, occurrences counted in both;
 * `extra`, rows outside the cube, ranked with them.
 */
function rankTerms(
  cube: StatsCube, sums: Uint32Array, overlap: Uint32Array | null, totals: CubeTotals, options: CubeKeynessOptions, extra: Outside[],
): { terms: number[]; wanted: Uint8Array; extra: TermCounts[] } {
  const [nA, nB] = [totals.tokensA, totals.tokensB];
  // logOddsWithPrior with α = x + y and α0 = nA + nB, written out: it runs once per term in the corpus
  const zOf = (x: number, y: number) => {
    const u = 2 * x + y;
    const v = x + 2 * y;
    return (Math.log(u / (2 * nA + nB - u)) - Math.log(v / (nA + 2 * nB - v))) / Math.sqrt(1 / u + 1 / v);
  };
  const z = new Float64Array(cube.terms.count).fill(NaN);
  const [topA, topB] = [new BoundedTop(options.limit), new BoundedTop(options.limit)];
  const offer = (score: number, articlesA: number, articlesB: number) => {
    if (score > 0 && articlesA >= options.minArticles) topA.offer(score);
    else if (score < 0 && articlesB >= options.minArticles) topB.offer(-score);
  };
  for (let t = 0; t < z.length; t++) {
    const x = sums[4 * t];
    const y = sums[4 * t + 2];
    if (x + y - (overlap ? overlap[t] : 0) < options.minCount) continue;
    if (!options.phrases && cube.terms.n[t] > 1) continue;
    z[t] = zOf(x, y);
    offer(z[t], sums[4 * t + 1], sums[4 * t + 3]);
  }
  const extraZ = extra.map(({ row, union }) => (union >= options.minCount && (options.phrases || row.n === 1) ? zOf(row.a, row.b) : NaN));
  extra.forEach(({ row }, i) => { if (!Number.isNaN(extraZ[i])) offer(extraZ[i], row.articlesA, row.articlesB); });

  const [barA, barB] = [topA.bar(), topB.bar()];
  const passes = (score: number, articlesA: number, articlesB: number) =>
    (score > 0 && score >= barA && articlesA >= options.minArticles) || (score < 0 && -score >= barB && articlesB >= options.minArticles);
  const wanted = new Uint8Array(cube.terms.count);
  const terms: number[] = [];
  for (let t = 0; t < z.length; t++) {
    if (!Number.isNaN(z[t]) && passes(z[t], sums[4 * t + 1], sums[4 * t + 3])) {
      wanted[t] = 1;
      terms.push(t);
    }
  }
  return { terms, wanted, extra: extra.filter(({ row }, i) => !Number.isNaN(extraZ[i]) && passes(extraZ[i], row.articlesA, row.articlesB)).map((e) => e.row) };
}

function cubeRow(cube: StatsCube, t: number, sums: Uint32Array, docsA: number, docsB: number): TermCounts {
  const key = stemOf(cube, t);
  return { key, term: key, n: cube.terms.n[t], a: sums[4 * t], b: sums[4 * t + 2], docsA, docsB, articlesA: sums[4 * t + 1], articlesB: sums[4 * t + 3] };
}

/** Whether termStatFilter reads two selections at one grain: outlets or all outlets, months or all time. */
const sameGrain = (a: CubeFilters, b: CubeFilters) =>
  Boolean(a.outlet?.length) === Boolean(b.outlet?.length) && Boolean(a.from || a.to) === Boolean(b.from || b.to);

/** The `limit` largest scores offered (a min-heap); bar() is the smallest of them, or 0 while fewer were offered. */
class BoundedTop {
  private readonly heap: number[] = [];
  constructor(private readonly limit: number) {}

  offer(score: number): void {
    const h = this.heap;
    if (h.length < this.limit) {
      h.push(score);
      for (let i = h.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (h[parent] <= h[i]) break;
        [h[parent], h[i]] = [h[i], h[parent]];
        i = parent;
      }
    } else if (this.limit > 0 && score > h[0]) {
      h[0] = score;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let least = i;
        if (l < h.length && h[l] < h[least]) least = l;
        if (r < h.length && h[r] < h[least]) least = r;
        if (least === i) break;
        [h[least], h[i]] = [h[i], h[least]];
        i = least;
      }
    }
  }

  bar(): number {
    if (this.limit === 0) return Infinity;
    return this.heap.length < this.limit ? 0 : this.heap[0];
  }
}
