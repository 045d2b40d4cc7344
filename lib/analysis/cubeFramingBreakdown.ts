// Passages per framing by outlet and by month counted from a statistics cube's passage cells (passage_stat in
// memory) instead of SQL, for the selections the statistics answer: the overview's two charts and the timeline.
// Rows and order are those of getFramingByOutlet and getFramingByMonth: outlets by total, then by name in byte
// order (a database of C or C.UTF-8 collation); every month from the first to the last with passages.
import { FRAMINGS } from "../classify/labels";
import { cellFilter, compareBytes, type CubeFilters, everyMonth, monthLabel, type StatsCube, UNDATED_MONTH } from "./statsCube";

export interface FramingCounts { official: number; critical: number; testimony: number; total: number }
export interface OutletFramingRow extends FramingCounts { outlet: string }
export interface MonthFramingRow extends FramingCounts { month: string }

const emptyCounts = (): FramingCounts => ({ official: 0, critical: 0, testimony: 0, total: 0 });

/** Each selected cell's passages added to its key's counts (key null: the cell is left out). */
function countsBy<K>(cube: StatsCube, filters: CubeFilters, keyOf: (outletId: number, month: number) => K | null): Map<K, FramingCounts> {
  const { matches } = cellFilter(cube, filters);
  const p = cube.passageCells;
  const counts = new Map<K, FramingCounts>();
  for (let c = 0; c < p.framing.length; c++) {
    if (!p.passages[c] || !matches(p.collection[c], p.framing[c], p.outletId[c], p.month[c])) continue;
    const key = keyOf(p.outletId[c], p.month[c]);
    if (key === null) continue;
    let row = counts.get(key);
    if (!row) counts.set(key, (row = emptyCounts()));
    row[FRAMINGS[p.framing[c]]] += p.passages[c];
    row.total += p.passages[c];
  }
  return counts;
}

export function framingByOutletFromCube(cube: StatsCube, filters: CubeFilters): OutletFramingRow[] {
  const names = new Map([...cube.outletIds].map(([name, id]) => [id, name]));
  const encoder = new TextEncoder();
  return [...countsBy(cube, filters, (outletId) => names.get(outletId) ?? null)]
    .map(([outlet, counts]) => ({ outlet, ...counts, bytes: encoder.encode(outlet) }))
    .sort((a, b) => b.total - a.total || compareBytes(a.bytes, b.bytes))
    .map(({ bytes: _, ...row }) => row);
}

export function framingByMonthFromCube(cube: StatsCube, filters: CubeFilters): MonthFramingRow[] {
  const counts = countsBy(cube, filters, (_, month) => (month === UNDATED_MONTH ? null : month));
  const rows = new Map([...counts].map(([month, c]) => [month, { month: monthLabel(month), ...c }]));
  return everyMonth(rows, (month) => ({ month: monthLabel(month), ...emptyCounts() }));
}
