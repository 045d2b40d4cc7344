// Key terms of one side, with both statistics and the frequencies behind them; each term opens its concordance.
import type { KeynessRow } from "@/lib/analysis/keyness";
import { type Filters, filtersToQuery } from "@/lib/schema";
import { STATISTIC_READINGS, StatHeading } from "./StatisticsHelp";
import { TableScroll } from "./TableScroll";

const fmt = (x: number, digits = 2) => x.toFixed(digits);

export function KeynessTable({ rows, side, filters, caption }: { rows: KeynessRow[]; side: "A" | "B"; filters: Filters; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="data" data-testid={`keyness-${side}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th>term</th>
            <StatHeading label="z" reading={STATISTIC_READINGS.z} id={`reading-${side}-z`} />
            <StatHeading label="G²" reading={STATISTIC_READINGS.g2} id={`reading-${side}-g`} />
            <StatHeading label="Log Ratio" reading={STATISTIC_READINGS.logRatio} id={`reading-${side}-logratio`} />
            <StatHeading label="freq A" reading={STATISTIC_READINGS.freq} id={`reading-${side}-freqa`} />
            <StatHeading label="freq B" reading={STATISTIC_READINGS.freq} id={`reading-${side}-freqb`} />
            <StatHeading label="passages A / B" reading={STATISTIC_READINGS.passages} id={`reading-${side}-passagesab`} />
            <StatHeading label="articles A / B" reading={STATISTIC_READINGS.articles} id={`reading-${side}-articlesab`} />
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
