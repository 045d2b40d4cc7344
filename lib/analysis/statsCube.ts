// The term statistics held in memory as typed arrays (docs/decisions/005-statistics-cube.md): at a million
// passages keyness sums hundreds of thousands of rows in SQL per request (two outlets since 2019: 2 s); a loop over
// arrays of integers sums them in milliseconds. A cube holds two of the four grains of term_stat and
// phrase_stat (lib/queries/stats/statGrains.ts): the finest (framing × outlet × month) and the coarsest (framing,
// all outlets, all time), which answers whole framings without summing; and year cells summed from the finest.
// Any other selection is a sum of finest and year cells, exactly as the grains add up. Rows are grouped by cell.
import type { TermIdIndex } from "./termIdIndex";
import { FRAMINGS, type FramingLabel } from "../classify/labels";

/** A month as a number (year · 12 + month − 1); "undated" is the grains' sentinel month for undated passages. */
export const monthIndex = (yyyyMm: string): number => Number(yyyyMm.slice(0, 4)) * 12 + Number(yyyyMm.slice(5, 7)) - 1;
export const UNDATED_MONTH = monthIndex("1900-01");
/** monthIndex's inverse: "YYYY-MM". */
export const monthLabel = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;

/** Rows for every month from the first to the last in `rows` (keyed by month index), `empty` filling the gaps. */
export function everyMonth<R>(rows: Map<number, R>, empty: (month: number) => R): R[] {
  if (!rows.size) return [];
  const months = [...rows.keys()];
  const [first, last] = [Math.min(...months), Math.max(...months)];
  return Array.from({ length: last - first + 1 }, (_, i) => rows.get(first + i) ?? empty(first + i));
}
/** The coarsest cells' outlet and month: all outlets (0) and all time (0001-01), as the statistics write them. */
export const ALL_OUTLETS_CELL = 0;
export const ALL_TIME_CELL = monthIndex("0001-01");
/** A year cell's month: the year's January. */
export const yearCellMonth = (month: number): number => month - (month % 12);

export interface StatsCube {
  /** the data version (lib/queries/getDataVersion) the cube was read at: it answers for that version only */
  version: string;
  /** the snapshot it was read in (pg_current_snapshot): a refresh re-reads the cells changed by transactions it does not show */
  snapshot: string;
  terms: CubeTerms;
  /** framing × outlet × month: a few counts each, so most columns fit 8 bits */
  finest: CellBlock;
  /** each framing over all outlets and all time: corpus-wide counts */
  coarsest: CellBlock;
  /**
   * each framing over all outlets in one year (month: its January), summed from the finest cells when the cube
   * loads: a range of months without outlets reads its whole years here and only its edge months there
   */
  years: CellBlock;
  /** passage_stat: passages and tokens per finest cell */
  passageCells: { collection: Int32Array; framing: Uint8Array; outletId: Int32Array; month: Int32Array; passages: Float64Array; tokens: Float64Array };
  outletIds: Map<string, number>;
  /** collections by name, and the one a selection naming none counts */
  collectionIds: Map<string, number>;
  defaultCollection: number;
}

/**
 * Terms are numbered words first: [0, words) are words, [words, count) phrases. The load numbers each kind in
 * byte order of its stem (loadedWords words, then loadedPhrases phrases from `words`), leaving room after its
 * words for words a refresh meets; a refresh numbers new phrases from the end.
 */
export interface CubeTerms {
  count: number;
  words: number;
  loadedWords: number;
  loadedPhrases: number;
  /** the next number for a word a refresh meets: loadedWords, then up to `words` */
  nextWord: number;
  /** words 1, phrases their number of words (0: a number not yet used) */
  n: Uint8Array;
  /** the loaded stems as UTF-8, term t at bytes [stemStart[t], stemStart[t + 1]) (empty for unused numbers) */
  stemBytes: Uint8Array;
  stemStart: Uint32Array;
  /** stems numbered by refreshes, both ways */
  added: Map<number, string>;
  addedIndex: Map<string, number>;
  /** every term by its id (termId), to count passages' term vectors against the cube */
  ids: TermIdIndex;
}

/**
 * Cells of one grain, each with its own rows (views of one array after a load; a refresh replaces a cell's).
 * Every cell is within one collection, as every statistics row is.
 */
export interface CellBlock {
  cells: { collection: Int32Array; framing: Uint8Array; outletId: Int32Array; month: Int32Array };
  rows: CellRows[];
}

/**
 * The counts of a statistics row (term_stat, phrase_stat): occurrences, passages, articles, and the articles
 * a side of several framings adds (lib/analysis/sideArticles.ts).
 */
export const COUNT_COLUMNS = ["count", "passages", "articles", "articlesOnly", "articlesWithoutPrevious"] as const;
export type CountColumnName = (typeof COUNT_COLUMNS)[number];

/** A value for each count column. */
export const byCountColumn = <T>(of: (name: CountColumnName, index: number) => T): Record<CountColumnName, T> =>
  Object.fromEntries(COUNT_COLUMNS.map((name, i) => [name, of(name, i)])) as Record<CountColumnName, T>;

/** One cell's rows, in term order. */
export type CellRows = { term: Int32Array } & Record<CountColumnName, CountArray>;

/**
 * Counts take the narrowest width that holds a cell's largest value: most finest cells hold a few dozen
 * passages, so 8 bits; the coarsest hold corpus-wide counts.
 */
export type CountArray = Uint8Array | Uint16Array | Uint32Array;
export const countWidth = (largest: number): 1 | 2 | 4 => (largest <= 0xff ? 1 : largest <= 0xffff ? 2 : 4);
export const countArray = (length: number, largest: number): CountArray => {
  const width = countWidth(largest);
  return width === 1 ? new Uint8Array(length) : width === 2 ? new Uint16Array(length) : new Uint32Array(length);
};

/** A cell's rows, each count column copied into the narrowest width that holds its largest value. */
export function packedRows(term: Int32Array, columns: Record<CountColumnName, ArrayLike<number>>): CellRows {
  const pack = (values: ArrayLike<number>) => {
    let largest = 0;
    for (let i = 0; i < values.length; i++) if (values[i] > largest) largest = values[i];
    const packed = countArray(values.length, largest);
    packed.set(values);
    return packed;
  };
  const rows = { term } as CellRows;
  for (const name of COUNT_COLUMNS) rows[name] = pack(columns[name]);
  return rows;
}

/** A block with cells added after its own. */
export function withCells(block: CellBlock, added: { collection: number; framing: number; outletId: number; month: number; rows: CellRows }[]): CellBlock {
  if (!added.length) return block;
  const { collection, framing, outletId, month } = block.cells;
  return {
    cells: {
      collection: Int32Array.from([...collection, ...added.map((c) => c.collection)]),
      framing: Uint8Array.from([...framing, ...added.map((c) => c.framing)]),
      outletId: Int32Array.from([...outletId, ...added.map((c) => c.outletId)]),
      month: Int32Array.from([...month, ...added.map((c) => c.month)]),
    },
    rows: [...block.rows, ...added.map((c) => c.rows)],
  };
}

export const framingIndex = (framing: FramingLabel): number => FRAMINGS.indexOf(framing);

/**
 * The part of the dashboard's filters a cube answers (statsCanAnswer: no search, no term, whole months), within
 * one collection (the default when none is named).
 */
export interface CubeFilters { collection?: string; framing?: FramingLabel[]; outlet?: string[]; from?: string; to?: string }

/** The collection a selection counts: the one named (−1, matching nothing, for a name that is not one), else the default. */
export const collectionOf = (cube: StatsCube, filters: CubeFilters): number =>
  filters.collection ? cube.collectionIds.get(filters.collection) ?? -1 : cube.defaultCollection;

/** A selection's cells: for each block it reads, all the block's cells, flagged 1 where chosen. */
export type CellSelection = { block: CellBlock; selected: Uint8Array }[];

/** The filters as a test on a finest cell (collection, framing, outlet id, month), and whether they name outlets or dates. */
export function cellFilter(cube: StatsCube, filters: CubeFilters) {
  const collection = collectionOf(cube, filters);
  const framings = filters.framing?.length ? new Set(filters.framing.map(framingIndex)) : null;
  // outlets named but unknown select nothing, as `outlet_id IN (SELECT id FROM outlet WHERE name IN …)` does
  const outlets = filters.outlet?.length ? new Set(filters.outlet.flatMap((o) => cube.outletIds.get(o) ?? [])) : null;
  const dated = Boolean(filters.from || filters.to);
  const [from, to] = [filters.from ? monthIndex(filters.from) : -Infinity, filters.to ? monthIndex(filters.to) : Infinity];
  const matches = (cellCollection: number, framing: number, outletId: number, month: number) =>
    cellCollection === collection && (!framings || framings.has(framing)) && (!outlets || outlets.has(outletId))
    && (!dated || (month !== UNDATED_MONTH && month >= from && month <= to));
  return { matches, finest: Boolean(outlets) || dated, collection, framings, outlets, dated, from, to };
}

/**
 * The cells of the grain termStatFilter reads in SQL for the filters: the coarsest ones without outlets and
 * dates, else the finest that match (where SQL, for outlets alone or months alone, reads coarser rows that are
 * these cells' sums). Keyness's minimum count compares two selections at this grain.
 */
export const grainCellsOf = (cube: StatsCube, filters: CubeFilters) => grainCells(cube, cellFilter(cube, filters));

function grainCells(cube: StatsCube, { matches, finest }: ReturnType<typeof cellFilter>): { block: CellBlock; selected: Uint8Array } {
  const block = finest ? cube.finest : cube.coarsest;
  const { collection, framing, outletId, month } = block.cells;
  // loops rather than Uint8Array.from with a mapping function, which costs about 0.3 µs an element (3.5 ms
  // over the 10,800 finest cells at a million passages, for every selection of every read)
  const selected = new Uint8Array(framing.length);
  for (let c = 0; c < selected.length; c++) if (matches(collection[c], framing[c], outletId[c], month[c])) selected[c] = 1;
  return { block, selected };
}

/**
 * The fewest cells that sum to the filters' rows: grainCellsOf's, except that a range of months without outlets
 * takes the years it covers whole from the year cells, and finest cells only for the months at its edges.
 */
export function cellsOf(cube: StatsCube, filters: CubeFilters): CellSelection {
  const filter = cellFilter(cube, filters);
  const grain = grainCells(cube, filter);
  const { outlets, dated, from, to, framings, collection } = filter;
  if (outlets || !dated) return [grain];
  const whole = (january: number) => january >= from && january + 11 <= to;
  const { cells } = cube.years;
  const years = new Uint8Array(cells.framing.length);
  for (let c = 0; c < years.length; c++) if (cells.collection[c] === collection && (!framings || framings.has(cells.framing[c])) && whole(cells.month[c])) years[c] = 1;
  const months = new Uint8Array(grain.selected.length);
  for (let c = 0; c < months.length; c++) if (grain.selected[c] && !whole(yearCellMonth(grain.block.cells.month[c]))) months[c] = 1;
  return [{ block: cube.years, selected: years }, { block: grain.block, selected: months }];
}

/** Passages and tokens of a selection (passage_stat, which holds the finest grain only). */
export function passageTotals(cube: StatsCube, filters: CubeFilters): { passages: number; tokens: number } {
  const { matches } = cellFilter(cube, filters);
  const p = cube.passageCells;
  let [passages, tokens] = [0, 0];
  for (let c = 0; c < p.framing.length; c++) {
    if (!matches(p.collection[c], p.framing[c], p.outletId[c], p.month[c])) continue;
    passages += p.passages[c];
    tokens += p.tokens[c];
  }
  return { passages, tokens };
}

/**
 * Where addCells writes: term t's occurrences at [t · stride + at], and `second`, when given, at the next slot:
 * one column for every cell, or the column of each cell's framing (by its place in FRAMINGS), as a side's
 * articles are summed (articleColumns).
 */
export interface SumLayout {
  stride: number;
  at: number;
  second?: CountColumnName | readonly (CountColumnName | null)[];
  /** only terms numbered below this: `cube.terms.words` sums words alone, whose rows lead every cell */
  termsBelow?: number;
}

/**
 * Adds the chosen cells' rows into `into`. Interleaved, one term's sums share a cache line: this is a scatter
 * into megabytes of memory, and at a million passages a range of months sums millions of rows.
 */
export function addCells(selection: CellSelection, into: Uint32Array, layout: SumLayout): void {
  for (const { block, selected } of selection) addBlockCells(block, selected, into, layout);
}

function addBlockCells(block: CellBlock, selected: Uint8Array, into: Uint32Array, { stride, at, second, termsBelow = Infinity }: SumLayout): void {
  for (let c = 0; c < selected.length; c++) {
    if (!selected[c]) continue;
    const rows = block.rows[c];
    const { term, count } = rows;
    const end = term.length;
    if (!second) {
      for (let r = 0; r < end && term[r] < termsBelow; r++) into[term[r] * stride + at] += count[r];
    } else {
      const column = typeof second === "string" ? second : second[block.cells.framing[c]];
      if (!column) continue;
      const other = rows[column];
      for (let r = 0; r < end; r++) {
        const t = term[r];
        if (t >= termsBelow) break;
        const i = t * stride + at;
        into[i] += count[r];
        into[i + 1] += other[r];
      }
    }
  }
}

/** Passages of the terms flagged in `wanted` (few: the rows shown), summed over the chosen cells. */
export function passagesOf(selection: CellSelection, wanted: Uint8Array): Map<number, number> {
  const sums = new Map<number, number>();
  for (const { block, selected } of selection) {
    for (let c = 0; c < selected.length; c++) {
      if (!selected[c]) continue;
      const { term, passages } = block.rows[c];
      for (let r = 0; r < term.length; r++) {
        const t = term[r];
        if (wanted[t]) sums.set(t, (sums.get(t) ?? 0) + passages[r]);
      }
    }
  }
  return sums;
}

/** Rows read from the statistics: both grains (the year cells are derived from the finest). */
export const cubeRows = (cube: StatsCube): number =>
  [cube.finest, cube.coarsest].reduce((sum, block) => block.rows.reduce((s, r) => s + r.term.length, sum), 0);

const [decoder, encoder] = [new TextDecoder(), new TextEncoder()];
const stemBytesOf = (terms: CubeTerms, t: number): Uint8Array => {
  const added = terms.added.get(t);
  return added !== undefined ? encoder.encode(added) : terms.stemBytes.subarray(terms.stemStart[t], terms.stemStart[t + 1]);
};

export function stemOf(cube: StatsCube, t: number): string {
  return cube.terms.added.get(t) ?? decoder.decode(stemBytesOf(cube.terms, t));
}

/** Two byte strings in byte order, as PostgreSQL's C collation orders text. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const d = a[k] - b[k];
    if (d) return d;
  }
  return a.length - b.length;
}

/** Two terms' stems in byte order (the statistics' ORDER BY stem in a database of C or C.UTF-8 collation). */
export const compareStems = (cube: StatsCube, t: number, u: number): number => compareBytes(stemBytesOf(cube.terms, t), stemBytesOf(cube.terms, u));

/**
 * A cell's rows put in term order (in place; returns them), so that summing a cell walks the sums forwards
 * rather than at random: for a whole framing's cell (every term of the corpus) that is the difference between
 * streaming memory and a cache miss a row.
 */
export function sortRowsByTerm(rows: CellRows): CellRows {
  const length = rows.term.length;
  if (length < 2) return rows;
  // term · scale + place in the cell, scale the power of two above the cell's rows: exact in a double while
  // terms · scale stays under 2^53, that is for any dictionary under 60M terms
  const scale = 2 ** Math.ceil(Math.log2(length));
  const order = new Float64Array(length);
  for (let r = 0; r < length; r++) order[r] = rows.term[r] * scale + r;
  order.sort();
  for (const column of [rows.term, ...COUNT_COLUMNS.map((name) => rows[name])]) {
    const before = column.slice();
    for (let i = 0; i < length; i++) column[i] = before[order[i] % scale];
  }
  return rows;
}
