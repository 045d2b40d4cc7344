import { FRAMING_NAMES } from "@/lib/classify/labels";
import { type Filters, filtersToQuery } from "@/lib/schema";

/** What the view is filtered by, each with a link that removes it. */
export function ActiveFilters({ filters, termLabel }: { filters: Filters; termLabel?: string }) {
  const chips: { label: string; without: Partial<Filters> }[] = [
    ...filters.framing.map((f) => ({ label: `framing: ${FRAMING_NAMES[f]}`, without: { framing: filters.framing.filter((x) => x !== f) } })),
    ...filters.outlet.map((o) => ({ label: `outlet: ${o}`, without: { outlet: filters.outlet.filter((x) => x !== o) } })),
    ...(filters.from ? [{ label: `from ${filters.from}`, without: { from: undefined } }] : []),
    ...(filters.to ? [{ label: `to ${filters.to}`, without: { to: undefined } }] : []),
    ...(filters.q ? [{ label: `search: “${filters.q}”`, without: { q: undefined } }] : []),
    ...(filters.term ? [{ label: `term: ${termLabel ?? filters.term}`, without: { term: undefined } }] : []),
    ...filters.lang.map((l) => ({ label: `language: ${l}`, without: { lang: filters.lang.filter((x) => x !== l) } })),
    ...(filters.uncertain ? [{ label: "uncertain model labels", without: { uncertain: undefined } }] : []),
    ...(filters.offtopic ? [{ label: "off-topic articles hidden", without: { offtopic: undefined } }] : []),
    ...(filters.labels && filters.labels !== "both" ? [{ label: filters.labels === "model" ? "model labels" : "reviewer labels only", without: { labels: undefined } }] : []),
  ];
  if (!chips.length) return <p className="hint">All passages. Click a bar, a month or a term to see the passages behind it.</p>;
  return (
    <div className="chips" role="group" aria-label="Active filters">
      {chips.map((c) => (
        <span className="chip" key={c.label}>{c.label} <a href={`/${filtersToQuery({ ...filters, ...c.without })}`} aria-label={`remove ${c.label}`}>×</a></span>
      ))}
    </div>
  );
}
