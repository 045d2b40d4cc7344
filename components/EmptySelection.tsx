// A selection that matches nothing says why it may be empty and what to change, instead of drawing empty axes.
import { describeSelection } from "@/lib/describeSelection";
import { type Filters, filtersToQuery } from "@/lib/schema";

/** each way the selection could be widened, with the address that widens it */
function widenings(filters: Filters, path: string, keep: Record<string, string | undefined>): { label: string; href: string }[] {
  const kept = new URLSearchParams(Object.entries(keep).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const without = (change: Partial<Filters>) => {
    const q = filtersToQuery({ ...filters, ...change });
    return `${path}${q}${kept ? `${q ? "&" : "?"}${kept}` : ""}`;
  };
  return [
    ...(filters.q ? [{ label: `search for something other than “${filters.q}” (or clear the search)`, href: without({ q: undefined }) }] : []),
    ...(filters.term ? [{ label: "drop the clicked term", href: without({ term: undefined }) }] : []),
    ...(filters.from || filters.to ? [{ label: "widen or clear the dates", href: without({ from: undefined, to: undefined }) }] : []),
    ...(filters.outlet.length ? [{ label: "include every outlet", href: without({ outlet: [] }) }] : []),
    ...(filters.framing.length ? [{ label: "include every framing", href: without({ framing: [] }) }] : []),
    ...(filters.uncertain || (filters.labels && filters.labels !== "both") ? [{ label: "count every label", href: without({ uncertain: undefined, labels: undefined }) }] : []),
    ...(filters.lang.length ? [{ label: "include every language", href: without({ lang: [] }) }] : []),
  ];
}

interface Props {
  filters: Filters;
  /** the view's address, and its own parameters (a concordance's phrase) kept in every suggestion */
  path: string;
  keep?: Record<string, string | undefined>;
  /** what was looked for, e.g. "passage" or "occurrence of “camps”" */
  subject?: string;
}

export function EmptySelection({ filters, path, keep = {}, subject = "passage" }: Props) {
  const ways = widenings(filters, path, keep);
  return (
    <section className="empty-state" role="status" data-testid="empty-selection">
      <h2>No {subject} matches this selection</h2>
      <p>{describeSelection(filters)}: nothing in the corpus fits all of it{ways.length ? ". To find some, you could:" : "; add articles to see them here."}</p>
      {ways.length > 0 && <ul>{ways.map((w) => <li key={w.label}><a href={w.href}>{w.label}</a></li>)}</ul>}
    </section>
  );
}
