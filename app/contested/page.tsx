// The contested-terms ledger: which of the competing names each outlet uses, and how that changed by year.
import { BadParameter } from "@/components/BadParameter";
import { Downloads } from "@/components/Downloads";
import type { ContestedGroup } from "@/lib/analysis/contestedTerms";
import { describeSelection } from "@/lib/describeSelection";
import { type Filters, filtersToQuery } from "@/lib/schema";
import { type PageSearchParams, toRecord } from "@/lib/viewParams";
import { contestedView, type DataOf } from "@/lib/views";
import { TableScroll } from "@/components/TableScroll";

type LedgerCell = DataOf<typeof contestedView>["byOutlet"][number];

function LedgerTable({ group, cells, by, filters }: { group: ContestedGroup; cells: LedgerCell[]; by: "outlet" | "year"; filters: Filters }) {
  const keys = [...new Set(cells.map((c) => c.key))].sort();
  const cell = (key: string, nameId: string) => cells.find((c) => c.key === key && c.nameId === nameId);
  const total = (key: string) => cells.filter((c) => c.key === key).reduce((s, c) => s + c.count, 0);
  const href = (key: string, nameId: string) => {
    const scoped: Filters = by === "outlet" ? { ...filters, outlet: [key] } : { ...filters, from: `${key}-01`, to: `${key}-12` };
    const q = filtersToQuery(scoped);
    return `/concordance${q}${q ? "&" : "?"}contested=${group.id}.${nameId}`;
  };
  return (
    <TableScroll label={`Share of each name, by ${by}`}>
      <table className="data" data-testid={`ledger-${by}`}>
        <caption>Share of each name, by {by} (count in brackets; click for the passages)</caption>
        <thead><tr><th>{by}</th>{group.names.map((n) => <th key={n.id}>{n.name}</th>)}<th>mentions</th></tr></thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              {group.names.map((n) => {
                const c = cell(key, n.id);
                return <td key={n.id}>{c ? <a href={href(key, n.id)}>{Math.round((c.count / total(key)) * 100)}% ({c.count})</a> : "—"}</td>;
              })}
              <td>{total(key)}</td>
            </tr>
          ))}
          {keys.length === 0 && <tr><td colSpan={group.names.length + 2} className="hint">None of these names occurs under the current filters.</td></tr>}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default async function ContestedPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const parsed = contestedView.parse(toRecord(await searchParams));
  if (!parsed.ok) {
    return (
      <>
        <h1>Contested terms</h1>
        <BadParameter error={parsed.error} path="/contested" />
      </>
    );
  }
  const { filters, groups, group } = parsed.value;
  const ledger = await contestedView.load(parsed.value);
  const q = filtersToQuery(filters);
  const withGroup = (id: string) => `${q}${q ? "&" : "?"}group=${id}`;
  return (
    <>
      <h1>Contested terms</h1>
      <p className="hint">Competing names for the same thing, counted whole-word in every passage ({describeSelection(filters)}). The list is
        data/contested-terms.json: edit it to add names or forms.</p>
      <nav className="tabs" aria-label="Groups">
        {groups.map((g) => <a key={g.id} href={`/contested${withGroup(g.id)}`} aria-current={g.id === group.id ? "page" : undefined}>{g.label}</a>)}
      </nav>
      <LedgerTable group={group} cells={ledger.byOutlet} by="outlet" filters={filters} />
      <Downloads api="/api/contested" query={`${withGroup(group.id)}&by=outlet`} />
      <LedgerTable group={group} cells={ledger.byYear} by="year" filters={filters} />
      <Downloads api="/api/contested" query={`${withGroup(group.id)}&by=year`} />
    </>
  );
}
