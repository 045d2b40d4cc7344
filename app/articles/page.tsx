// The articles behind a selection: what the collection holds, newest first, each with its id, outlet, date,
// framing mix and original address, a link to its page. Filters as on every view, in the address.
import Link from "next/link";
import { BadParameter } from "@/components/BadParameter";
import { CollectionLine } from "@/components/CollectionLine";
import { Downloads } from "@/components/Downloads";
import { EmptySelection } from "@/components/EmptySelection";
import { FilterBar } from "@/components/FilterBar";
import { FramingMixBar } from "@/components/FramingMixBar";
import { OffTopicTag } from "@/components/OffTopicTag";
import { TableScroll } from "@/components/TableScroll";
import { UnknownCollection } from "@/components/UnknownCollection";
import { FRAMINGS, FRAMING_NAMES } from "@/lib/classify/labels";
import { describeSelection } from "@/lib/describeSelection";
import { plural } from "@/lib/plural";
import { safeHttpUrl } from "@/lib/safeUrl";
import { filtersToQuery } from "@/lib/schema";
import { type PageSearchParams, salvageFilters, toRecord } from "@/lib/viewParams";
import { ARTICLE_ORDERS, type ArticleOrder, articleListView, languageChoices, outletChoices } from "@/lib/views";

/** The original's site, a link when the stored address is a web address (a hostile one is shown as text). */
function OriginalLink({ url }: { url: string | null }) {
  const safe = safeHttpUrl(url);
  if (safe) return <a href={safe} rel="noopener noreferrer" target="_blank">{new URL(safe).hostname}</a>;
  return url ? <code>{url}</code> : <span className="hint">none</span>;
}

const ORDER_NAMES: Record<ArticleOrder, string> = { newest: "newest first", oldest: "oldest first", selected: "most selected passages first" };

const HINT = (
  <p className="hint">
    The collection&apos;s articles with a passage that matches the filters. <em>Passages</em> counts the
    ones the filters select out of all the article&apos;s; the bar is the framing of all of them. An article&apos;s id
    is what <code>npm run collections -- add</code> and <code>npm run delete</code> take.
  </p>
);

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const record = toRecord(await searchParams);
  const parsed = articleListView.parse(record);
  if (!parsed.ok) {
    const salvaged = salvageFilters(record);
    return (
      <>
        <h1>Articles</h1>
        {HINT}
        <BadParameter error={parsed.error} path="/articles" />
        <FilterBar filters={salvaged} outlets={await outletChoices(salvaged)} languages={await languageChoices(salvaged)} action="/articles" open />
      </>
    );
  }
  const { filters } = parsed.value;
  const [outlets, languages, data] = await Promise.all([outletChoices(filters), languageChoices(filters), articleListView.load(parsed.value)]);
  if (!data.collection) {
    return (
      <>
        <h1>Articles</h1>
        <UnknownCollection message={articleListView.notFound?.(data) ?? ""} />
      </>
    );
  }
  const query = filtersToQuery(filters);
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  // the page's own options after the filters, each only when it is not the default
  const options = (extra: Record<string, string | number | undefined>) => {
    const kept = Object.entries({ sort: data.sort === "newest" ? undefined : data.sort, pageSize: data.pageSize === 50 ? undefined : data.pageSize, ...extra })
      .filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}`).join("&");
    return `${query}${kept ? `${query ? "&" : "?"}${kept}` : ""}`;
  };
  const pageHref = (p: number) => `/articles${options({ page: p })}`;
  const sortHref = (sort: ArticleOrder) => `/articles${options({ sort: sort === "newest" ? undefined : sort })}`;
  const open = (id: number) => `/articles/${id}?collection=${encodeURIComponent(data.collection!.name)}`;
  const caption = `Articles ${(data.page - 1) * data.pageSize + 1}–${(data.page - 1) * data.pageSize + data.rows.length}, ${ORDER_NAMES[data.sort]}`;
  return (
    <>
      <h1>Articles</h1>
      <CollectionLine collection={data.collection} />
      {HINT}
      <FilterBar filters={filters} outlets={outlets} languages={languages} action="/articles" keep={{ sort: data.sort === "newest" ? undefined : data.sort }} />
      {data.total === 0 ? <EmptySelection filters={filters} path="/articles" subject="article" keep={{ sort: data.sort === "newest" ? undefined : data.sort }} /> : (
        <>
          <p data-testid="article-count">
            {data.totalAtLeast ? `more than ${plural(data.total, "article")}` : plural(data.total, "article")} · {describeSelection(filters)}
          </p>
          <p data-testid="article-order">
            Listed{" "}
            {ARTICLE_ORDERS.map((o, i) => (
              <span key={o}>{i > 0 && " · "}{o === data.sort ? <strong>{ORDER_NAMES[o]}</strong> : <a href={sortHref(o)}>{ORDER_NAMES[o]}</a>}</span>
            ))}
          </p>
          <Downloads api="/api/articles" query={options({ page: data.page > 1 ? data.page : undefined })} />
          {data.rows.length === 0 ? (
            <p role="status" data-testid="past-the-end">
              Page {data.page} is past the end of the list{data.totalAtLeast ? "" : ` (${plural(pages, "page")})`}:{" "}
              <a href={pageHref(data.totalAtLeast ? 1 : pages)}>{data.totalAtLeast ? "go to the first page" : "go to the last page"}</a>.
            </p>
          ) : (
            <TableScroll label={caption}>
              <table className="data article-list" data-testid="article-list">
                <caption>{caption}</caption>
                <thead>
                  <tr><th scope="col">article</th><th scope="col">id</th><th scope="col">outlet</th><th scope="col">published</th><th scope="col">passages</th><th scope="col">framing of all its passages</th><th scope="col">original</th></tr>
                </thead>
                <tbody>
                  {data.rows.map((r) => (
                    <tr key={r.id} data-testid="article-row">
                      <th scope="row" dir="auto"><Link href={open(r.id)}>{r.title}</Link> <OffTopicTag offTopic={r.offTopic} /></th>
                      <td data-label="id">{r.id}</td>
                      <td className="article-list-outlet" data-label="outlet" dir="auto">{r.outlet}</td>
                      <td className="article-list-date" data-label="published">{r.publishedAt ?? "undated"}</td>
                      <td data-label="passages">{r.selected === r.passages ? r.passages : `${r.selected} of ${r.passages}`}</td>
                      <td className="article-list-mix">
                        <FramingMixBar counts={{ official: r.official, critical: r.critical, testimony: r.testimony }} />
                        <span className="hint">{FRAMINGS.map((f) => `${FRAMING_NAMES[f]} ${r[f]}`).join(" · ")}</span>
                      </td>
                      <td data-label="original"><OriginalLink url={r.url} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {data.rows.length > 0 && (pages > 1 || data.totalAtLeast) && (
            <nav className="pager" aria-label="Pages">
              {data.page > 1 && <a href={pageHref(data.page - 1)}>← previous</a>}
              <span>page {data.page} of {data.totalAtLeast ? `more than ${pages}` : pages}</span>
              {(data.page < pages || data.totalAtLeast) && <a href={pageHref(data.page + 1)}>next →</a>}
            </nav>
          )}
        </>
      )}
    </>
  );
}
