// The strongest terms of each side as diverging bars: A's to the left of the middle line, B's to the right, each
// bar as long as the term's |z| (the same scale on both sides) and a link to the term's concordance in its own
// selection. Solid bars are significant (|z| > 1.96), pale ones are not; the side is told by position and by the
// headings, not by colour. The tables below carry every number.
import type { KeynessRow } from "@/lib/analysis/keyness";
import { type Filters, filtersToQuery } from "@/lib/schema";

const SHOWN = 12;

function Mark({ row, side, filters, max }: { row: KeynessRow; side: "A" | "B"; filters: Filters; max: number }) {
  const width = `${Math.max(2, (Math.abs(row.z) / max) * 100)}%`;
  const reading = `${row.term}: z ${row.z.toFixed(2)}${row.significant ? ", significant" : ", not significant"}; ${row.a} times in A, ${row.b} in B`;
  return (
    <a className={`keyness-mark side-${side.toLowerCase()}${row.significant ? " significant" : ""}`} href={`/concordance${filtersToQuery({ ...filters, term: row.key })}`}
      aria-label={reading} title={reading}>
      <span className="term">{row.term}{row.significant ? "*" : ""}</span>
      <span className="track"><span className="bar" style={{ width }} /></span>
    </a>
  );
}

export function KeynessPicture({ typicalOfA, typicalOfB, a, b }: { typicalOfA: KeynessRow[]; typicalOfB: KeynessRow[]; a: Filters; b: Filters }) {
  const left = typicalOfA.slice(0, SHOWN);
  const right = typicalOfB.slice(0, SHOWN);
  if (!left.length && !right.length) return null;
  const max = Math.max(...left.map((r) => Math.abs(r.z)), ...right.map((r) => Math.abs(r.z)), 1e-9);
  return (
    <figure className="panel keyness-picture" data-testid="keyness-picture">
      <figcaption>
        <strong>The {SHOWN} strongest terms of each side</strong>
        <span className="hint"> · bar length is |z| on one scale for both sides · * and a solid bar: |z| &gt; 1.96 · click a term for its concordance</span>
      </figcaption>
      <div className="keyness-columns">
        <section aria-label="More typical of A">
          <h3>← more typical of A</h3>
          {left.map((r) => <Mark key={r.key} row={r} side="A" filters={a} max={max} />)}
        </section>
        <section aria-label="More typical of B">
          <h3>more typical of B →</h3>
          {right.map((r) => <Mark key={r.key} row={r} side="B" filters={b} max={max} />)}
        </section>
      </div>
    </figure>
  );
}
