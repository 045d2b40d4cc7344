// A term's occurrences per month and framing counted from a statistics cube instead of SQL: each finest cell
// of the selection holds its rows sorted by term, so the term is found by a binary search in each. Rows are
// those of getTermTimeline: every month from the first to the last with passages under the filters.
import { FRAMINGS } from "../classify/labels";
import { cellFilter, type CubeFilters, everyMonth, monthLabel, type StatsCube, UNDATED_MONTH } from "./statsCube";

export interface TermMonthRow {
  month: string; official: number; critical: number; testimony: number; occurrences: number; passages: number;
  /** all passages that month under the filters, term or not: the denominator of a rate */
  allPassages: number;
}

/** `t`: the term's number in the cube (findTermNumber), null for a term it has no rows of. */
export function termTimelineFromCube(cube: StatsCube, filters: CubeFilters, t: number | null): TermMonthRow[] {
  const { matches } = cellFilter(cube, filters);
  const months = new Map<number, TermMonthRow>();
  const rowOf = (month: number) => {
    let row = months.get(month);
    if (!row) months.set(month, (row = { month: monthLabel(month), official: 0, critical: 0, testimony: 0, occurrences: 0, passages: 0, allPassages: 0 }));
    return row;
  };
  const p = cube.passageCells;
  for (let c = 0; c < p.framing.length; c++) {
    // a cell of no passages still widens the range, as in SQL
    if (p.month[c] !== UNDATED_MONTH && matches(p.collection[c], p.framing[c], p.outletId[c], p.month[c])) rowOf(p.month[c]).allPassages += p.passages[c];
  }
  const { cells, rows } = cube.finest;
  for (let c = 0; t !== null && c < rows.length; c++) {
    const month = cells.month[c];
    if (month === UNDATED_MONTH || !matches(cells.collection[c], cells.framing[c], cells.outletId[c], month)) continue;
    const { term, count, passages } = rows[c];
    const r = rowIndex(term, t);
    if (r < 0) continue;
    const row = rowOf(month);
    row[FRAMINGS[cells.framing[c]]] += count[r];
    row.occurrences += count[r];
    row.passages += passages[r];
  }
  return everyMonth(months, rowOf);
}

/** Where term t is in a cell's rows (sorted by term), or −1. */
function rowIndex(term: Int32Array, t: number): number {
  let [lo, hi] = [0, term.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (term[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo < term.length && term[lo] === t ? lo : -1;
}
