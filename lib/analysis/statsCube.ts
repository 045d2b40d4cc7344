// The term statistics held in memory as typed arrays (docs/scaling.md, item 5): at a million passages keyness
// summed hundreds of thousands of rows in SQL per request (two outlets since 2019: 2 s), where a loop over
// arrays of integers sums them in milliseconds. A cube holds two of the four grains of term_stat and
// phrase_stat (lib/queries/statGrains.ts): the finest (framing × outlet × month) and the coarsest (framing,
// all outlets, all time), which answers whole framings without summing. Any other selection is a sum of
// finest cells, exactly as the grains add up. Rows are grouped by cell; terms are numbered densely.
import { FRAMINGS, type FramingLabel } from "../classify/labels";

/** A month as a number (year · 12 + month − 1); "undated" is the grains' sentinel month for undated passages. */
export const monthIndex = (yyyyMm: string): number => Number(yyyyMm.slice(0, 4)) * 12 + Number(yyyyMm.slice(5, 7)) - 1;
export const UNDATED_MONTH = monthIndex("1900-01");

export interface StatsCube {
  /** the data version (lib/queries/getDataVersion) the cube was read at: it answers for that version only */
  version: string;
  terms: {
    count: number;
    /** words are numbered first: terms [0, words) are words, the rest phrases */
    words: number;
    /** words 1, phrases their number of words */
    n: Uint8Array;
    /** stems as UTF-8, term i at bytes [stemStart[i], stemStart[i + 1]): compact, decoded for the rows shown */
    stemBytes: Uint8Array;
    stemStart: Uint32Array;
  };
  /** framing × outlet × month: a few counts each, so most columns fit 16 bits */
  finest: CellBlock;
  /** each framing over all outlets and all time: corpus-wide counts, 32 bits */
  coarsest: CellBlock;
  /** passage_stat: passages and tokens per finest cell */
  passageCells: { framing: Uint8Array; outletId: Int32Array; month: Int32Array; passages: Float64Array; tokens: Float64Array };
  outletIds: Map<string, number>;
}

/** Cells of one grain and their rows: cell c's rows are [rowStart[c], rowStart[c + 1]). */
export interface CellBlock {
  cells: { framing: Uint8Array; outletId: Int32Array; month: Int32Array; rowStart: Uint32Array };
  rows: { term: Int32Array; count: CountArray; passages: CountArray; articles: CountArray };
}

/** Counts fit 16 bits in most corpora; a column whose largest value does not is held in 32. */
export type CountArray = Uint16Array | Uint32Array;
export const countArray = (length: number, largest: number): CountArray =>
  largest <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);

export const framingIndex = (framing: FramingLabel): number => FRAMINGS.indexOf(framing);

/** The part of the dashboard's filters a cube answers (statsCanAnswer: no search, no term, whole months). */
export interface CubeFilters { framing?: FramingLabel[]; outlet?: string[]; from?: string; to?: string }

/** A selection's cells: all of one grain's cells, flagged 1 where chosen. */
export interface CellSelection { block: CellBlock; selected: Uint8Array }

/** The filters as a test on a finest cell (framing, outlet id, month), and whether they name outlets or dates. */
function cellFilter(cube: StatsCube, filters: CubeFilters) {
  const framings = filters.framing?.length ? new Set(filters.framing.map(framingIndex)) : null;
  // outlets named but unknown select nothing, as `outlet_id IN (SELECT id FROM outlet WHERE name IN …)` does
  const outlets = filters.outlet?.length ? new Set(filters.outlet.flatMap((o) => cube.outletIds.get(o) ?? [])) : null;
  const dated = Boolean(filters.from || filters.to);
  const [from, to] = [filters.from ? monthIndex(filters.from) : -Infinity, filters.to ? monthIndex(filters.to) : Infinity];
  const matches = (framing: number, outletId: number, month: number) =>
    (!framings || framings.has(framing)) && (!outlets || outlets.has(outletId))
    && (!dated || (month !== UNDATED_MONTH && month >= from && month <= to));
  return { matches, finest: Boolean(outlets) || dated };
}

/**
 * Which cells answer the filters: the coarsest ones without outlets and dates, else the finest that match,
 * the grains termStatFilter reads in SQL (where outlets alone, or months alone, read coarser rows that are
 * these cells' sums).
 */
export function cellsOf(cube: StatsCube, filters: CubeFilters): CellSelection {
  const { matches, finest } = cellFilter(cube, filters);
  const block = finest ? cube.finest : cube.coarsest;
  const { framing, outletId, month } = block.cells;
  return { block, selected: Uint8Array.from(framing, (f, c) => (matches(f, outletId[c], month[c]) ? 1 : 0)) };
}

/** Passages and tokens of a selection (passage_stat, which holds the finest grain only). */
export function passageTotals(cube: StatsCube, filters: CubeFilters): { passages: number; tokens: number } {
  const { matches } = cellFilter(cube, filters);
  const p = cube.passageCells;
  let [passages, tokens] = [0, 0];
  for (let c = 0; c < p.framing.length; c++) {
    if (!matches(p.framing[c], p.outletId[c], p.month[c])) continue;
    passages += p.passages[c];
    tokens += p.tokens[c];
  }
  return { passages, tokens };
}

/** Where addCells writes: term t's occurrences at [t · stride + at], and `second`, when given, at the next slot. */
export interface SumLayout {
  stride: number;
  at: number;
  second?: "articles" | "passages";
  /** only terms numbered below this: `cube.terms.words` sums words alone, whose rows lead every cell */
  termsBelow?: number;
}

/**
 * Adds the chosen cells' rows into `into`. Interleaved, one term's sums share a cache line: this is a scatter
 * into megabytes of memory, and at a million passages a range of months sums millions of rows.
 */
export function addCells({ block, selected }: CellSelection, into: Uint32Array, { stride, at, second, termsBelow = Infinity }: SumLayout): void {
  const { rowStart } = block.cells;
  const { term, count } = block.rows;
  for (let c = 0; c < selected.length; c++) {
    if (!selected[c]) continue;
    const end = rowStart[c + 1];
    if (!second) {
      for (let r = rowStart[c]; r < end && term[r] < termsBelow; r++) into[term[r] * stride + at] += count[r];
    } else {
      const other = block.rows[second];
      for (let r = rowStart[c]; r < end; r++) {
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
export function passagesOf({ block, selected }: CellSelection, wanted: Uint8Array): Map<number, number> {
  const sums = new Map<number, number>();
  const { rowStart } = block.cells;
  const { term, passages } = block.rows;
  for (let c = 0; c < selected.length; c++) {
    if (!selected[c]) continue;
    for (let r = rowStart[c], end = rowStart[c + 1]; r < end; r++) {
      const t = term[r];
      if (wanted[t]) sums.set(t, (sums.get(t) ?? 0) + passages[r]);
    }
  }
  return sums;
}

/** Rows held, both grains. */
export const cubeRows = (cube: StatsCube): number => cube.finest.rows.term.length + cube.coarsest.rows.term.length;

const decoder = new TextDecoder();
export function stemOf(cube: StatsCube, t: number): string {
  return decoder.decode(cube.terms.stemBytes.subarray(cube.terms.stemStart[t], cube.terms.stemStart[t + 1]));
}

/** Two terms' stems in byte order, as PostgreSQL's C collation orders them (the statistics' ORDER BY stem). */
export function compareStems(cube: StatsCube, t: number, u: number): number {
  const { stemBytes, stemStart } = cube.terms;
  const [i, j] = [stemStart[t], stemStart[u]];
  const [m, n] = [stemStart[t + 1] - i, stemStart[u + 1] - j];
  for (let k = 0; k < Math.min(m, n); k++) {
    const d = stemBytes[i + k] - stemBytes[j + k];
    if (d) return d;
  }
  return m - n;
}
