// Top terms of each framing; each term links to the passages that use it.
import { FRAMINGS, FRAMING_NAMES } from "@/lib/classify/labels";
import type { TopTermRow } from "@/lib/views/rows.types";
import { type Filters, filtersToQuery } from "@/lib/schema";
import { plural } from "@/lib/plural";

export function TopTerms({ rows, filters }: { rows: TopTermRow[]; filters: Filters }) {
  const shown = filters.framing.length ? FRAMINGS.filter((f) => filters.framing.includes(f)) : FRAMINGS;
  return (
    <div className="terms">
      {shown.map((framing) => {
        const terms = rows.filter((r) => r.framing === framing);
        const max = Math.max(1, ...terms.map((t) => t.count));
        return (
          <section key={framing} aria-label={`Top terms: ${FRAMING_NAMES[framing]}`} data-testid={`terms-${framing}`}>
            <h3><span className={`badge ${framing}`}>{FRAMING_NAMES[framing]}</span></h3>
            {terms.length === 0 && <p className="hint">No passages.</p>}
            <ol>
              {terms.map((t) => (
                <li key={t.stem}>
                  <a href={`/${filtersToQuery({ ...filters, framing: [framing], term: t.stem })}#passages`} title={`${plural(t.count, "occurrence")} in ${plural(t.passages, "passage")}`}>{t.term}</a>
                  <span className={`bar fill-${framing}`} style={{ width: `${(t.count / max) * 6}rem` }} />
                  <span className="count">{t.count}</span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
