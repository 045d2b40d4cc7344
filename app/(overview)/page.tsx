// Overview: framing mix per outlet and per month, top terms per framing, and the passages behind them.
import { BadParameter } from "@/components/BadParameter";
import { CollectionLine } from "@/components/CollectionLine";
import { UnknownCollection } from "@/components/UnknownCollection";
import { ActiveFilters } from "@/components/ActiveFilters";
import { Downloads } from "@/components/Downloads";
import { EmptySelection } from "@/components/EmptySelection";
import { FilterBar } from "@/components/FilterBar";
import { PassageList } from "@/components/PassageList";
import { SampleNote } from "@/components/SampleNote";
import { TopTerms } from "@/components/TopTerms";
import { FramingTable } from "@/components/charts/FramingTable";
import { StackedFramingChart, type StackedRow } from "@/components/charts/StackedFramingChart";
import { FRAMINGS, type FramingLabel } from "@/lib/classify/labels";
import { getEnv } from "@/lib/env";
import { type Filters, filtersToQuery } from "@/lib/schema";
import { type PageSearchParams, salvageFilters, toRecord } from "@/lib/viewParams";
import { languageChoices, outletChoices, overviewView, passagesView } from "@/lib/views";

/** the passage list's page size, unless the address gives one */
const PAGE_SIZE = "25";
const withParam = (query: string, key: string, value: string) => `${query}${query ? "&" : "?"}${key}=${encodeURIComponent(value)}`;

export default async function OverviewPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const record = toRecord(await searchParams);
  const parsed = overviewView.parse(record);
  const listed = passagesView.parse({ pageSize: PAGE_SIZE, ...record });
  if (!parsed.ok || !listed.ok) {
    return (
      <>
        <h1>Framing overview</h1>
        <BadParameter error={!parsed.ok ? parsed.error : !listed.ok ? listed.error : ""} path="/" />
        <FilterBar filters={salvageFilters(record)} outlets={await outletChoices(salvageFilters(record))} languages={await languageChoices(salvageFilters(record))} open />
      </>
    );
  }
  const { filters, options } = parsed.value;
  // a month's shares under one framing are all 100%: counts say something there
  const monthsAs = options.months ?? (filters.framing.length === 1 ? "counts" : "shares");
  const [outlets, languages, overview, passages] = await Promise.all([
    outletChoices(filters), languageChoices(filters), overviewView.load(parsed.value), passagesView.load(listed.value),
  ]);
  const unknown = overviewView.notFound?.(overview);
  if (unknown || !overview.collection) {
    return (
      <>
        <h1>Framing overview</h1>
        <UnknownCollection message={unknown ?? ""} />
      </>
    );
  }
  const { collection, byOutlet, byMonth, topTerms, topTermsSample: sample, termSurfaces: surfaces } = overview;
  const outletRows: StackedRow[] = byOutlet.map((r) => ({ ...r, key: r.outlet, label: r.outlet }));
  const monthRows: StackedRow[] = byMonth.map((r) => ({ ...r, key: r.month, label: r.month }));
  const segmentHref = (extra: Partial<Filters>) => (f: FramingLabel) => `/${filtersToQuery({ ...filters, ...extra, framing: [f] })}#passages`;
  const hrefsFor = (rows: StackedRow[], extra: (r: StackedRow) => Partial<Filters>) =>
    Object.fromEntries(rows.map((r) => [r.key, Object.fromEntries(FRAMINGS.map((f) => [f, segmentHref(extra(r))(f)]))])) as Record<string, Record<FramingLabel, string>>;
  const outletHrefs = hrefsFor(outletRows, (r) => ({ outlet: [r.key] }));
  const monthHrefs = hrefsFor(monthRows, (r) => ({ from: r.key, to: r.key }));
  const query = filtersToQuery(filters);
  const termLabel = filters.term ? (topTerms.find((t) => t.stem === filters.term)?.term ?? surfaces.at(-1) ?? filters.term) : undefined;

  return (
    <>
      <h1>Framing overview</h1>
      <CollectionLine collection={collection} />
      <FilterBar filters={filters} outlets={outlets} languages={languages} />
      <ActiveFilters filters={filters} termLabel={termLabel} />
      {passages.total === 0 ? <EmptySelection filters={filters} path="/" /> : (
        <>
          <div className="grid">
            <section className="panel" aria-label="Passages per framing for each outlet">
              <h2>Passages per framing, by outlet</h2>
              <StackedFramingChart rows={outletRows} hrefs={outletHrefs} layout="vertical" testId="chart-outlets" title="Passages per framing, by outlet" />
              <FramingTable rows={outletRows} hrefs={outletHrefs} caption="By outlet" />
              <Downloads api="/api/overview" query={withParam(query, "table", "outlets")} />
            </section>
            <section className="panel" aria-label="Framings by month" id="months">
              <h2>{monthsAs === "shares" ? "Framing share, by month" : "Passages per framing, by month"}</h2>
              <p className="hint" data-testid="months-as">
                Show{" "}
                {(["shares", "counts"] as const).map((as, i) => (
                  <span key={as}>{i > 0 && " · "}{as === monthsAs ? <strong aria-current="true">{as}</strong> : <a href={`/${withParam(query, "months", as)}#months`}>{as}</a>}</span>
                ))}
                {" "}· months without passages are shown as zero
              </p>
              <StackedFramingChart rows={monthRows} hrefs={monthHrefs} layout="horizontal" share={monthsAs === "shares"} testId="chart-months"
                title={monthsAs === "shares" ? "Framing share, by month" : "Passages per framing, by month"} />
              <FramingTable rows={monthRows} hrefs={monthHrefs} caption="By month" />
              <Downloads api="/api/overview" query={withParam(query, "table", "months")} />
            </section>
          </div>
          <section className="panel" aria-label="Top terms" style={{ marginTop: "1.5rem" }}>
            <h2>Top terms by framing</h2>
            <p className="hint">Stop words removed; words grouped by stem and shown in their most common form. Click a term for its passages.
              {termLabel && <> Counted in the passages that use <strong>{termLabel}</strong>: the words that go with it.</>}</p>
            <TopTerms rows={topTerms} filters={{ ...filters, term: undefined }} />
            <SampleNote sample={sample} subject="These top terms were">The charts and the passage list count every passage.</SampleNote>
            <Downloads api="/api/overview" query={withParam(filtersToQuery({ ...filters, term: undefined }), "table", "terms")} />
          </section>
          <Downloads api="/api/passages" query={withParam(query, "pageSize", "1000")} />
          <PassageList rows={passages.rows} total={passages.total} totalAtLeast={passages.totalAtLeast} page={passages.page} pageSize={passages.pageSize} filters={filters} threshold={getEnv().UNCERTAIN_BELOW}
            highlight={surfaces} search={filters.q} />
        </>
      )}
    </>
  );
}
