// The contested-terms ledger: which of the competing names each outlet and each framing uses, how that changed by
// year, and the forms counted under each name. Cells are shaded by their row's share; each opens its passages.
import { BadParameter } from "@/components/BadParameter";
import { CollectionLine } from "@/components/CollectionLine";
import { UnknownCollection } from "@/components/UnknownCollection";
import { Downloads } from "@/components/Downloads";
import type { ContestedGroup } from "@/lib/analysis/contestedTerms";
import { FRAMING_NAMES, FRAMINGS, type FramingLabel } from "@/lib/classify/labels";
import { describeSelection } from "@/lib/describeSelection";
import { type Filters, filtersToQuery } from "@/lib/schema";
import { type PageSearchParams, toRecord } from "@/lib/viewParams";
import { contestedView, type DataOf } from "@/lib/views";
import { TableScroll } from "@/components/TableScroll";
import { plural } from "@/lib/plural";

type Ledger = DataOf<typeof contestedView>;
type By = "outlet" | "year" | "framing";
interface Row { key: string; label: string; cells: Map<string, { count: number; passages: number }> }

/** A cell's background: the darker, the larger its share of the row (link text stays dark enough to read on it). */
const shade = (share: number) => `rgba(0, 114, 178, ${(0.06 + share * 0.3).toFixed(3)})`;

function rowsOf(ledger: Ledger, by: By): Row[] {
  const cells = by === "framing" ? ledger.byFraming.map((c) => ({ ...c, key: c.framing as string })) : by === "outlet" ? ledger.byOutlet : ledger.byYear;
  const keys = by === "framing" ? FRAMINGS.filter((f) => cells.some((c) => c.key === f)) : [...new Set(cells.map((c) => c.key))].sort();
  return keys.map((key) => ({
    key, label: by === "framing" ? FRAMING_NAMES[key as FramingLabel] : key,
    cells: new Map(cells.filter((c) => c.key === key).map((c) => [c.nameId, c])),
  }));
}

function LedgerTable({ group, ledger, by, filters, caption }: { group: ContestedGroup; ledger: Ledger; by: By; filters: Filters; caption: string }) {
  const rows = rowsOf(ledger, by);
  const href = (key: string, nameId: string) => {
    const scoped: Filters = by === "outlet" ? { ...filters, outlet: [key] } : by === "framing" ? { ...filters, framing: [key as FramingLabel] }
      : key === "undated" ? filters : { ...filters, from: `${key}-01`, to: `${key}-12` };
    const q = filtersToQuery(scoped);
    return `/concordance${q}${q ? "&" : "?"}contested=${group.id}.${nameId}`;
  };
  return (
    <TableScroll label={caption}>
      <table className="data ledger" data-testid={`ledger-${by}`}>
        <caption>{caption}</caption>
        <thead><tr><th>{by}</th>{group.names.map((n) => <th key={n.id}>{n.name}</th>)}<th>mentions</th></tr></thead>
        <tbody>
          {rows.map((r) => {
            const total = [...r.cells.values()].reduce((s, c) => s + c.count, 0);
            return (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {group.names.map((n) => {
                  const c = r.cells.get(n.id);
                  const share = c ? c.count / total : 0;
                  return (
                    <td key={n.id} style={c ? { background: shade(share) } : undefined} data-share={share.toFixed(3)}>
                      {c ? <a href={href(r.key, n.id)} title={`${plural(c.count, "mention")} in ${plural(c.passages, "passage")}`}>{Math.round(share * 100)}% ({c.count})</a> : "—"}
                    </td>
                  );
                })}
                <td>{total}</td>
              </tr>
            );
          })}
          {rows.length === 0 && <tr><td colSpan={group.names.length + 2} className="hint">None of these names occurs under the current filters.</td></tr>}
        </tbody>
      </table>
    </TableScroll>
  );
}

function FormsCounted({ group, forms }: { group: ContestedGroup; forms: Ledger["forms"] }) {
  return (
    <section className="panel" aria-label="Forms counted" data-testid="ledger-forms">
      <h2>Forms counted under each name</h2>
      <p className="hint">As they occur in the passages (lower-cased); a name&apos;s listed forms that never occur are in brackets.</p>
      <dl className="forms">
        {group.names.map((n) => {
          const found = forms.filter((f) => f.nameId === n.id);
          const seen = new Set(found.map((f) => f.form.replace(/s$/, "")));
          const unseen = n.forms.filter((f) => !seen.has(f.toLowerCase().replace(/\s+/g, " ").replace(/s$/, "")));
          return (
            <div key={n.id}>
              <dt>{n.name}</dt>
              <dd>
                {found.map((f, i) => <span key={f.form}>{i > 0 && " · "}{f.form} <span className="hint">{f.count}</span></span>)}
                {found.length === 0 && <span className="hint">not found</span>}
                {unseen.length > 0 && <span className="hint"> ({unseen.join(" · ")})</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
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
  if (!ledger.collection) {
    return (
      <>
        <h1>Contested terms</h1>
        <UnknownCollection message={contestedView.notFound?.(ledger) ?? ""} />
      </>
    );
  }
  const q = filtersToQuery(filters);
  const withGroup = (id: string) => `${q}${q ? "&" : "?"}group=${id}`;
  return (
    <>
      <h1>Contested terms</h1>
      <CollectionLine collection={ledger.collection} />
      <p className="hint">Competing names for the same thing, counted whole-word in every passage ({describeSelection(filters)}). Each row&apos;s
        shares add up to 100%; the darker the cell, the larger its share. Click a cell for its passages. The list is
        data/contested-terms.json: edit it to add names or forms.</p>
      <nav className="tabs" aria-label="Groups">
        {groups.map((g) => <a key={g.id} href={`/contested${withGroup(g.id)}`} aria-current={g.id === group.id ? "page" : undefined}>{g.label}</a>)}
      </nav>
      <LedgerTable group={group} ledger={ledger} by="framing" filters={filters} caption="Who uses which name: share of each name within each framing" />
      <Downloads api="/api/contested" query={`${withGroup(group.id)}&by=framing`} />
      <LedgerTable group={group} ledger={ledger} by="outlet" filters={filters} caption="Share of each name, by outlet (count in brackets)" />
      <Downloads api="/api/contested" query={`${withGroup(group.id)}&by=outlet`} />
      <LedgerTable group={group} ledger={ledger} by="year" filters={filters} caption="Share of each name, by year (count in brackets)" />
      <Downloads api="/api/contested" query={`${withGroup(group.id)}&by=year`} />
      <FormsCounted group={group} forms={ledger.forms} />
      <Downloads api="/api/contested" query={`${withGroup(group.id)}&by=forms`} />
    </>
  );
}
