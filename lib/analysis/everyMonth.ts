// Month rows with no month missing between the first and the last: a month without passages is a zero, not a
// gap the chart closes up (which would make two years look like two adjacent months).
import type { MonthFramingRow } from "./cubeFramingBreakdown";

/** The months from `first` to `last` inclusive, as YYYY-MM. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

/** Rows sorted by month, the missing months between the first and the last added as zeros. */
export function everyMonth(rows: MonthFramingRow[]): MonthFramingRow[] {
  if (!rows.length) return rows;
  const sorted = [...rows].sort((a, b) => a.month.localeCompare(b.month));
  const byMonth = new Map(sorted.map((r) => [r.month, r]));
  return monthsBetween(sorted[0].month, sorted.at(-1)!.month)
    .map((month) => byMonth.get(month) ?? { month, official: 0, critical: 0, testimony: 0, total: 0 });
}
