// The numbers behind a stacked chart, each one a link to its passages.
import { FRAMINGS, FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";
import type { StackedRow } from "./StackedFramingChart";
import { TableScroll } from "../TableScroll";

export function FramingTable({ rows, hrefs, caption }: { rows: StackedRow[]; hrefs: Record<string, Record<FramingLabel, string>>; caption: string }) {
  return (
    <details>
      <summary className="hint">{caption}: the numbers</summary>
      <TableScroll label={`${caption}: the numbers`}>
        <table>
          <thead><tr><th></th>{FRAMINGS.map((f) => <th key={f}>{FRAMING_NAMES[f]}</th>)}<th>All</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {FRAMINGS.map((f) => <td key={f}><a href={hrefs[r.key][f]}>{r[f]}</a></td>)}
                <td>{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
