// Text reuse: the stories of reuse (passages of different outlets sharing wording) a selection touches, ranked
// by the outlets or articles that carry them, each with its first appearance, its spread and its framings.
import Link from "next/link";
import { BadParameter } from "@/components/BadParameter";
import { CollectionLine } from "@/components/CollectionLine";
import { UnknownCollection } from "@/components/UnknownCollection";
import { Downloads } from "@/components/Downloads";
import { EmptySelection } from "@/components/EmptySelection";
import { FilterBar } from "@/components/FilterBar";
import { Sparkline } from "@/components/Sparkline";
import { articleAnchor } from "@/lib/articleAnchor";
import { FRAMINGS, FRAMING_NAMES } from "@/lib/classify/labels";
import { describeSelection } from "@/lib/describeSelection";
import { plural } from "@/lib/plural";
import { filtersToQuery } from "@/lib/schema";
import { type PageSearchParams, salvageFilters, toRecord } from "@/lib/viewParams";
import { languageChoices, outletChoices, reuseView } from "@/lib/views";

const HINT = (
  <p className="hint">
    Passages of different outlets that share a run of wording (at least 12 matching words, found by winnowed word
    trigrams and aligned word by word), joined into stories: the same statement reprinted, trimmed, edited or quoted
    back. Same-language wording only: a translation or a paraphrase is not found. A story is listed when one of its
    passages matches the filters; its counts are the whole story&apos;s within the collection (a story also carried in
    other collections says so). <Link href="/reuse/outlets">Which outlets repeat which →</Link>
  </p>
);

export default async function ReusePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const record = toRecord(await searchParams);
  const parsed = reuseView.parse(record);
  if (!parsed.ok) {
    return (
      <>
        <h1>Text reuse</h1>
        {HINT}
        <BadParameter error={parsed.error} path="/reuse" />
        <FilterBar filters={salvageFilters(record)} outlets={await outletChoices(salvageFilters(record))} languages={await languageChoices(salvageFilters(record))} action="/reuse" open />
      </>
    );
  }
  const { filters, options } = parsed.value;
  const [outlets, languages, data] = await Promise.all([outletChoices(filters), languageChoices(filters), reuseView.load(parsed.value)]);
  if (!data.collection) {
    return (
      <>
        <h1>Text reuse</h1>
        <UnknownCollection message={reuseView.notFound?.(data) ?? ""} />
      </>
    );
  }
  const query = filtersToQuery(filters);
  const story = (id: number) => `/reuse/${id}?collection=${encodeURIComponent(data.collection!.name)}`;
  const withRank = (rank: string) => `/reuse${query}${query ? "&" : "?"}rank=${rank}`;
  return (
    <>
      <h1>Text reuse</h1>
      <CollectionLine collection={data.collection} />
      {HINT}
      <FilterBar filters={filters} outlets={outlets} languages={languages} action="/reuse" keep={{ rank: options.rank === "outlets" ? undefined : options.rank }} />
      {data.total === 0 ? <EmptySelection filters={filters} path="/reuse" subject="story of reuse" /> : (
        <>
          <p>
            {plural(data.total, "story", "stories")} of reuse · {describeSelection(filters)} · ranked by{" "}
            {(["outlets", "articles"] as const).map((r, i) => (
              <span key={r}>{i > 0 && " · "}{r === options.rank ? <strong>{r}</strong> : <a href={withRank(r)}>{r}</a>}</span>
            ))}
          </p>
          <Downloads api="/api/reuse" query={`${query}${query ? "&" : "?"}rank=${options.rank}`} />
          <ol className="reuse-list" data-testid="reuse-clusters">
            {data.clusters.map((c) => (
              <li key={c.id} className="panel" data-testid="reuse-cluster">
                <div className="reuse-head">
                  <Link href={story(c.id)} className="reuse-open"><strong>{plural(c.outlets, "outlet")}</strong>, {plural(c.articles, "article")}</Link>
                  <span>first: <a href={articleAnchor(c.firstArticleId, c.firstPosition, { collection: filters.collection })}>{c.firstOutlet}</a>, {c.firstPublishedAt ?? "undated"}</span>
                  <Sparkline spread={c.spread} label="articles per month" />
                  <span className="reuse-framings">
                    {FRAMINGS.filter((f) => c.framings[f]).map((f) => <span key={f} className={`badge ${f}`}>{FRAMING_NAMES[f]} {c.framings[f]}</span>)}
                  </span>
                </div>
                <blockquote dir="auto">{c.firstText}{c.firstText.length >= 300 ? "…" : ""}</blockquote>
                <p className="hint">
                  Carried by {c.outletNames.join(", ")}.
                  {c.inAll.outlets > c.outlets && <> In all collections: {plural(c.inAll.outlets, "outlet")}, {plural(c.inAll.articles, "article")}.</>}
                  {" "}<Link href={story(c.id)}>Read the passages side by side →</Link>
                </p>
              </li>
            ))}
          </ol>
          {data.total > data.clusters.length && <p className="hint">Showing the first {data.clusters.length}; download or narrow the filters for more.</p>}
        </>
      )}
    </>
  );
}
