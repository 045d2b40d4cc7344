// Concordance: every occurrence of a term or phrase with its context, sortable, filterable, linked to the article.
import { OffTopicTag } from "@/components/OffTopicTag";
import { BadParameter } from "@/components/BadParameter";
import { CollectionLine } from "@/components/CollectionLine";
import { UnknownCollection } from "@/components/UnknownCollection";
import { Downloads } from "@/components/Downloads";
import { EmptySelection } from "@/components/EmptySelection";
import { FilterBar } from "@/components/FilterBar";
import { StackedFramingChart, type StackedRow } from "@/components/charts/StackedFramingChart";
import { FRAMINGS, FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";
import { describeSelection } from "@/lib/describeSelection";
import { type Filters, filtersToQuery } from "@/lib/schema";
import { type PageSearchParams, salvageFilters, toRecord } from "@/lib/viewParams";
import { concordanceView, languageChoices, outletChoices, timelineView } from "@/lib/views";
import { TableScroll } from "@/components/TableScroll";
import { plural } from "@/lib/plural";
import { articleAnchor } from "@/lib/articleAnchor";

const SORTS = { date: "date", left: "left context", right: "right context" } as const;
const CONTEXTS = [40, 70, 120, 200] as const;
/** The longest keyword's length, in characters, with room for the cell's padding (bold text runs wider). */
const keywordWidth = (lines: { match: string }[]) => Math.max(6, ...lines.map((l) => [...l.match].length)) * 1.15 + 2;

function SearchForm({ phrase, filters }: { phrase?: string; filters: Filters }) {
  return (
    <form className="filters" method="get" action="/concordance" aria-label="Concordance search">
      <label className="field"><span>Word or phrase</span><input type="text" name="phrase" defaultValue={phrase} placeholder="e.g. re-education camps" aria-label="Word or phrase" /></label>
      {filters.collection && <input type="hidden" name="collection" value={filters.collection} />}
      {filters.framing.map((f) => <input key={f} type="hidden" name="framing" value={f} />)}
      {filters.outlet.map((o) => <input key={o} type="hidden" name="outlet" value={o} />)}
      {filters.from && <input type="hidden" name="from" value={filters.from} />}
      {filters.to && <input type="hidden" name="to" value={filters.to} />}
      <button type="submit">Show</button>
    </form>
  );
}

export default async function ConcordancePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const record = toRecord(await searchParams);
  const parsed = concordanceView.parse(record);
  const timelineParams = timelineView.parse(record);
  if (!parsed.ok || !timelineParams.ok) {
    const phrase = typeof record.phrase === "string" ? record.phrase : undefined;
    return (
      <>
        <h1>Concordance</h1>
        <BadParameter error={!parsed.ok ? parsed.error : !timelineParams.ok ? timelineParams.error : ""} path="/concordance" />
        <SearchForm phrase={phrase} filters={salvageFilters(record)} />
      </>
    );
  }
  const { filters, options, target } = parsed.value;
  const phrase = options.phrase || undefined;
  const contested = options.contested;
  const { sort, context } = options;
  const wanted = filters.term || phrase || contested;
  // a term or a phrase has its timeline; a contested name (a pattern, not a stored term) has none
  const byMonth = target && "term" in target.value;
  const [loaded, timeline, outlets, languages] = await Promise.all([
    concordanceView.load(parsed.value),
    byMonth ? timelineView.load(timelineParams.value).then((t) => (t.term ? t.months : [])) : [],
    outletChoices(filters), languageChoices(filters),
  ]);
  if (!loaded.collection) {
    return (
      <>
        <h1>Concordance</h1>
        <UnknownCollection message={concordanceView.notFound?.(loaded) ?? ""} />
      </>
    );
  }
  // without a target the page asks for one: there is no result to show yet
  const result = target ? loaded : null;
  const extra = new URLSearchParams({ ...(phrase ? { phrase } : {}), ...(contested ? { contested } : {}) }).toString();
  const base = filtersToQuery(filters);
  const query = (more: Record<string, string>) => {
    const p = new URLSearchParams(base.slice(1) + (extra ? `&${extra}` : ""));
    for (const [k, v] of Object.entries(more)) p.set(k, v);
    return `?${p.toString()}`;
  };
  const monthRows: StackedRow[] = timeline.map((m) => ({ key: m.month, label: m.month, official: m.official, critical: m.critical, testimony: m.testimony, total: m.occurrences }));
  const monthHrefs = Object.fromEntries(monthRows.map((r) => [r.key, Object.fromEntries(FRAMINGS.map((f) => [f, `/concordance${filtersToQuery({ ...filters, framing: [f], from: r.key, to: r.key })}`]))])) as Record<string, Record<FramingLabel, string>>;

  return (
    <>
      <h1>Concordance{target ? `: “${result?.surfaces.length ? result.surfaces.sort((x, y) => x.length - y.length)[0] : target.label}”` : ""}</h1>
      <CollectionLine collection={loaded.collection} />
      <SearchForm phrase={phrase} filters={filters} />
      {wanted && <FilterBar filters={{ ...filters, term: undefined }} outlets={outlets} languages={languages} action="/concordance" keep={{ term: filters.term, phrase, contested, sort, context: context === 70 ? undefined : String(context) }} />}
      {result && result.total === 0 && (
        <EmptySelection filters={{ ...filters, term: undefined }} path="/concordance" keep={{ term: filters.term, phrase, contested }}
          subject={`occurrence of “${target?.label ?? wanted}”`} />
      )}
      {result && result.total > 0 && (
        <>
          <p>{plural(result.total, "occurrence")} · {describeSelection(filters)} · sort by{" "}
            {Object.entries(SORTS).map(([k, label], i) => (
              <span key={k}>{i > 0 && " · "}{k === sort ? <strong>{label}</strong> : <a href={`/concordance${query({ sort: k, ...(context === 70 ? {} : { context: String(context) }) })}`}>{label}</a>}</span>
            ))}
            {" "}· context{" "}
            {CONTEXTS.map((c, i) => (
              <span key={c}>{i > 0 && " · "}{c === context ? <strong>{c} characters</strong> : <a href={`/concordance${query({ sort, ...(c === 70 ? {} : { context: String(c) }) })}`}>{c}</a>}</span>
            ))}
          </p>
          <Downloads api="/api/concordance" query={query({ sort, ...(context === 70 ? {} : { context: String(context) }) })} />
          {monthRows.length > 0 && (
            <section className="panel" aria-label="Occurrences by month">
              <h2>Occurrences per month, by framing</h2>
              <StackedFramingChart rows={monthRows} hrefs={monthHrefs} layout="horizontal" testId="chart-term-months" title="Occurrences per month, by framing" unit="occurrences"
                notes={Object.fromEntries(timeline.map((m) => [m.month, `${m.passages} of ${m.allPassages} passages`]))} />
            </section>
          )}
          <TableScroll label="Occurrences in context">
            <table className={context > 70 ? "kwic wrap" : "kwic"} data-testid="concordance">
              {/* the keyword column as wide as the longest keyword shown: it is never cut */}
              <colgroup><col className="left" /><col className="match" style={{ width: `${keywordWidth(result.lines)}ch` }} /><col className="right" /><col className="meta" /></colgroup>
              <tbody>
                {result.lines.map((l, i) => (
                  <tr key={`${l.passageId}-${i}`} data-testid="kwic-line">
                    <td className="left"><span>{l.left}</span></td>
                    <td className="match">{l.match}</td>
                    <td className="right">{l.right}</td>
                    <td className="meta"><span className={`badge ${l.framing}`}>{FRAMING_NAMES[l.framing]}</span> {l.outlet} · {l.publishedAt ?? "undated"} ·{" "}
                      <a href={articleAnchor(l.articleId, l.position, { mark: [l.match], collection: filters.collection })} title={l.articleTitle}>¶{l.position + 1}</a> <OffTopicTag offTopic={l.offTopic} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {result.total > result.lines.length && <p className="hint">Showing the first {result.lines.length}; narrow the filters or download for all.</p>}
        </>
      )}
      {!wanted && <p className="hint">Type a word or phrase (up to three words), or click a term on the overview, keyness or contested-terms pages.</p>}
    </>
  );
}
