// Key terms of one side, with both statistics and the frequencies behind them; each term opens its concordance.
import type { KeynessRow } from "@/lib/analysis/keyness";
import { type Filters, filtersToQuery } from "@/lib/schema";
import { TableScroll } from "./TableScroll";

const fmt = (x: number, digits = 2) => x.toFixed(digits);

export function KeynessTable({ rows, side, filters, caption }: { rows: KeynessRow[]; side: "A" | "B"; filters: Filters; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="data" data-testid={`keyness-${side}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th>term</th><th title="log-odds z-score, informative Dirichlet prior (Monroe et al. 2008); * = |z| > 1.96">z</th>
            <th title="log-likelihood G² (Dunning 1993)">G²</th><th title="Log Ratio: log2 of the relative-frequency ratio (Hardie 2014)">Log Ratio</th>
            <th>freq A</th><th>freq B</th><th>passages A / B</th><th>articles A / B</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td><a href={`/concordance${filtersToQuery({ ...filters, term: r.key })}`}>{r.term}</a>{r.n > 1 && <span className="hint"> (phrase)</span>}</td>
              <td className={r.significant ? "significant" : undefined}>{fmt(r.z)}{r.significant ? "*" : ""}</td>
              <td>{fmt(Math.abs(r.g2), 1)}</td><td>{fmt(r.logRatio)}</td>
              <td>{r.a}</td><td>{r.b}</td><td>{r.docsA} / {r.docsB}</td><td>{r.articlesA} / {r.articlesB}</td>
            </tr>
          ))}
          {rows.length === 0 && <tr><td colSpan={8} className="hint">No term is typical enough here (terms must appear in at least two articles).</td></tr>}
        </tbody>
      </table>
    </TableScroll>
  );
}
