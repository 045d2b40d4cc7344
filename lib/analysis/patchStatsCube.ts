// A statistics cube brought up to date by replacing the cells of the outlet-months a write changed, rather than
// read again whole (about a minute at a million passages, during which every read went back to SQL). The
// finest cells of those outlet-months take the rows read now; each framing's coarsest cell (all outlets, all
// time, in each collection) changes by the difference between the new rows and the old ones, which is exact because a coarsest
// row is the sum of its finest rows (lib/queries/stats/statGrains.ts); so does each year cell. The cube given is
// left as it was.
import { ALL_OUTLETS_CELL, ALL_TIME_CELL, type CellBlock, type CellRows, byCountColumn, COUNT_COLUMNS, type CountColumnName, packedRows, type StatsCube, sortRowsByTerm, UNDATED_MONTH, withCells, yearCellMonth } from "./statsCube";

/** Rows read for the changed outlet-months: row r is cell (collection[r], framing[r], outletId[r], month[r]), term[r], and its counts. */
export type ChangedRows = {
  length: number;
  collection: Int32Array; framing: Uint8Array; outletId: Int32Array; month: Int32Array; term: Int32Array;
} & Record<CountColumnName, Int32Array>;

export interface CubeChange {
  version: string;
  snapshot: string;
  /** every outlet-month whose cells (in every collection) are replaced, rows or not (a cell with no rows now is emptied) */
  outletMonths: { outletId: number; month: number }[];
  rows: ChangedRows;
  passageCells: StatsCube["passageCells"];
  outletIds: Map<string, number>;
  collectionIds: Map<string, number>;
  defaultCollection: number;
}

const outletMonthKey = (outletId: number, month: number) => outletId * 100_000 + month;
/** Exact in a double for outlet ids below 2^20 and collection ids below 10,000. */
const cellKey = (collection: number, framing: number, outletId: number, month: number) => ((collection * 2 ** 20 + outletId) * 100_000 + month) * 8 + framing;

export function patchStatsCube(cube: StatsCube, change: CubeChange): StatsCube {
  const touched = new Set(change.outletMonths.map((c) => outletMonthKey(c.outletId, c.month)));
  const fresh = freshCells(change.rows);
  const { collection, framing, outletId, month } = cube.finest.cells;
  const rows = cube.finest.rows.slice();
  // the rows each changed cell had, and has now
  const replaced: Replaced[] = [];
  for (let c = 0; c < rows.length; c++) {
    if (!touched.has(outletMonthKey(outletId[c], month[c]))) continue;
    const key = cellKey(collection[c], framing[c], outletId[c], month[c]);
    const after = fresh.get(key)?.rows ?? emptyRows();
    fresh.delete(key);
    replaced.push({ collection: collection[c], framing: framing[c], month: month[c], before: rows[c], after });
    rows[c] = after;
  }
  // cells new to the cube: a framing first used in an outlet-month, or a new outlet or month
  const added = [...fresh.values()];
  for (const cell of added) replaced.push({ collection: cell.collection, framing: cell.framing, month: cell.month, before: null, after: cell.rows });
  const finest = withCells({ cells: cube.finest.cells, rows }, added);
  return {
    ...cube,
    version: change.version, snapshot: change.snapshot, finest,
    coarsest: patchSums(cube.coarsest, replaced, cube.terms.count, (r) => ({ collection: r.collection, framing: r.framing, outletId: ALL_OUTLETS_CELL, month: ALL_TIME_CELL })),
    years: patchSums(cube.years, replaced, cube.terms.count, yearOf),
    passageCells: change.passageCells, outletIds: change.outletIds, collectionIds: change.collectionIds, defaultCollection: change.defaultCollection,
  };
}

/** The rows read, one set of arrays per cell, in term order. */
function freshCells(r: ChangedRows): Map<number, { collection: number; framing: number; outletId: number; month: number; rows: CellRows }> {
  const byCell = new Map<number, number[]>();
  for (let i = 0; i < r.length; i++) {
    const key = cellKey(r.collection[i], r.framing[i], r.outletId[i], r.month[i]);
    const list = byCell.get(key);
    if (list) list.push(i);
    else byCell.set(key, [i]);
  }
  const cells = new Map<number, { collection: number; framing: number; outletId: number; month: number; rows: CellRows }>();
  for (const [key, list] of byCell) {
    const column = (values: Int32Array) => Int32Array.from(list, (i) => values[i]);
    const rows = packedRows(column(r.term), byCountColumn((name) => column(r[name])));
    const first = list[0];
    cells.set(key, { collection: r.collection[first], framing: r.framing[first], outletId: r.outletId[first], month: r.month[first], rows: sortRowsByTerm(rows) });
  }
  return cells;
}

const emptyRows = (): CellRows => packedRows(new Int32Array(0), byCountColumn(() => []));
/** Counts per term in a patch's deltas. */
const WIDTH = COUNT_COLUMNS.length;

interface Replaced { collection: number; framing: number; month: number; before: CellRows | null; after: CellRows }
type Summary = { collection: number; framing: number; outletId: number; month: number };

/** The year cell a finest cell adds to: none for undated passages. */
const yearOf = (r: Replaced): Summary | null =>
  (r.month === UNDATED_MONTH ? null : { collection: r.collection, framing: r.framing, outletId: ALL_OUTLETS_CELL, month: yearCellMonth(r.month) });

/**
 * The year cells (StatsCube.years), summed from the finest cells when a cube loads: a patch of an empty block,
 * every finest cell added, in order of collection, year and framing.
 */
export function yearBlock(finest: CellBlock, termCount: number): CellBlock {
  const { collection, framing, month } = finest.cells;
  const all: Replaced[] = finest.rows.map((after, c) => ({ collection: collection[c], framing: framing[c], month: month[c], before: null, after }));
  all.sort((x, y) => x.collection - y.collection || yearCellMonth(x.month) - yearCellMonth(y.month) || x.framing - y.framing);
  return patchSums({ cells: { collection: new Int32Array(0), framing: new Uint8Array(0), outletId: new Int32Array(0), month: new Int32Array(0) }, rows: [] }, all, termCount, yearOf);
}

/**
 * A block of cells that are sums of finest cells (the coarsest, the years): each summary cell plus what its
 * changed finest cells gained, minus what they lost. `summaryOf` names the summary cell a finest cell adds to,
 * if any.
 */
function patchSums(block: CellBlock, replaced: Replaced[], size: number, summaryOf: (r: Replaced) => Summary | null): CellBlock {
  const key = (c: Summary) => cellKey(c.collection, c.framing, c.outletId, c.month);
  const index = new Map(Array.from(block.cells.framing, (f, c) => [cellKey(block.cells.collection[c], f, block.cells.outletId[c], block.cells.month[c]), c]));
  const targets = new Map<number, { summary: Summary; parts: Replaced[] }>();
  for (const r of replaced) {
    const summary = summaryOf(r);
    if (!summary) continue;
    const target = targets.get(key(summary)) ?? { summary, parts: [] };
    target.parts.push(r);
    targets.set(key(summary), target);
  }
  const extra = [...targets.values()].map((t) => t.summary).filter((c) => !index.has(key(c)));
  // a block of its own: the one given stays as it was
  const grown = withCells(block, extra.map((c) => ({ ...c, rows: emptyRows() })));
  const patched: CellBlock = { cells: grown.cells, rows: grown.rows.slice() };
  extra.forEach((c, i) => index.set(key(c), block.rows.length + i));
  // one summary cell at a time: per term, the change in each count
  const delta = new Int32Array(size * WIDTH);
  const changed = new Uint8Array(size);
  for (const { summary, parts } of targets.values()) {
    const terms: number[] = [];
    const add = (rows: CellRows, sign: 1 | -1) => {
      const columns = COUNT_COLUMNS.map((name) => rows[name]);
      for (let r = 0; r < rows.term.length; r++) {
        const t = rows.term[r];
        if (!changed[t]) { changed[t] = 1; terms.push(t); }
        for (let k = 0; k < WIDTH; k++) delta[WIDTH * t + k] += sign * columns[k][r];
      }
    };
    for (const r of parts) {
      if (r.before) add(r.before, -1);
      add(r.after, 1);
    }
    terms.sort((x, y) => x - y);
    const c = index.get(key(summary))!;
    patched.rows[c] = mergeDelta(patched.rows[c], terms, delta);
    for (const t of terms) {
      changed[t] = 0;
      delta.fill(0, WIDTH * t, WIDTH * t + WIDTH);
    }
  }
  return patched;
}

/** A summary cell's rows with the delta of the (sorted) terms added; rows that reach 0 go, as in SQL. */
function mergeDelta(old: CellRows, terms: number[], delta: Int32Array): CellRows {
  const most = old.term.length + terms.length;
  const term = new Int32Array(most);
  const out = COUNT_COLUMNS.map(() => new Uint32Array(most));
  const before = COUNT_COLUMNS.map((name) => old[name]);
  let k = 0;
  // a row of counts: the old row's (r ≥ 0, else none) plus term t's delta (when `withDelta`)
  const push = (t: number, r: number, withDelta: boolean) => {
    const count = (r >= 0 ? old.count[r] : 0) + (withDelta ? delta[WIDTH * t] : 0);
    if (count <= 0) return;
    term[k] = t;
    for (let c = 0; c < WIDTH; c++) out[c][k] = (r >= 0 ? before[c][r] : 0) + (withDelta ? delta[WIDTH * t + c] : 0);
    k++;
  };
  let j = 0;
  for (let r = 0; r < old.term.length; r++) {
    const t = old.term[r];
    for (; j < terms.length && terms[j] < t; j++) push(terms[j], -1, true);
    if (j < terms.length && terms[j] === t) {
      push(t, r, true);
      j++;
    } else {
      push(t, r, false);
    }
  }
  for (; j < terms.length; j++) push(terms[j], -1, true);
  return packedRows(term.slice(0, k), byCountColumn((_, c) => out[c].subarray(0, k)));
}

/**
 * Rows the cube holds but no cell uses: the load reads each grain into one set of arrays and gives its cells
 * views of them, so a replaced cell's rows stay in memory until every cell of those arrays is replaced.
 */
export function unusedRows(cube: StatsCube): number {
  const used = new Map<ArrayBufferLike, number>();
  for (const block of [cube.finest, cube.coarsest, cube.years]) {
    for (const { term } of block.rows) {
      // arrays of a cell's own are freed with it
      if (term.buffer.byteLength !== term.byteLength) used.set(term.buffer, (used.get(term.buffer) ?? 0) + term.length);
    }
  }
  let unused = 0;
  for (const [buffer, rows] of used) unused += buffer.byteLength / Int32Array.BYTES_PER_ELEMENT - rows;
  return unused;
}
