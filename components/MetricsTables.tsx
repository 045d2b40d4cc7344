// Per-class precision, recall and F1, and the confusion matrix, for one evaluated model.
import { FRAMINGS, FRAMING_NAMES } from "@/lib/classify/labels";
import type { Metrics } from "@/lib/classify/evaluate";
import { TableScroll } from "./TableScroll";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function ClassMetricsTable({ m, caption }: { m: Metrics; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="data">
        <caption>{caption}</caption>
        <thead><tr><th>framing</th><th>precision</th><th>recall</th><th>F1</th><th>passages</th></tr></thead>
        <tbody>
          {FRAMINGS.map((f) => (
            <tr key={f}>
              <td>{FRAMING_NAMES[f]}</td><td>{pct(m.perClass[f].precision)}</td><td>{pct(m.perClass[f].recall)}</td>
              <td>{pct(m.perClass[f].f1)}</td><td>{m.perClass[f].support}</td>
            </tr>
          ))}
          <tr><td><strong>macro-F1</strong></td><td /><td /><td><strong>{pct(m.macroF1)}</strong></td><td>{m.examples}</td></tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

export function ConfusionMatrix({ m, caption }: { m: Metrics; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="data confusion">
        <caption>{caption}</caption>
        <thead><tr><th>actual ↓ / predicted →</th>{FRAMINGS.map((f) => <th key={f}>{FRAMING_NAMES[f]}</th>)}</tr></thead>
        <tbody>
          {FRAMINGS.map((a) => (
            <tr key={a}>
              <td>{FRAMING_NAMES[a]}</td>
              {FRAMINGS.map((p) => <td key={p} className={a === p ? "diagonal" : undefined}>{m.confusion[a][p]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
