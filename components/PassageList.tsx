// The passages behind the current view: text with the term highlighted, framing, confidence, source.
import Link from "next/link";
import type { PassageRow } from "@/lib/views/rows.types";
import { type Filters, filtersToQuery } from "@/lib/schema";
import { PassageLabel, shownFraming, SpeakerTag } from "./PassageLabel";
import { Highlight } from "./Highlight";
import { OffTopicTag } from "./OffTopicTag";
import { articleAnchor } from "@/lib/articleAnchor";

interface Props {
  rows: PassageRow[]; total: number;
  /** more passages than `total` match: the count stopped there (lib/queries/reads/getPassages.ts, PASSAGE_COUNT_UP_TO) */
  totalAtLeast?: boolean;
  page: number; pageSize: number; filters: Filters; highlight: string[]; search?: string;
  /** below this calibrated confidence a model label is flagged uncertain */
  threshold: number;
}

export function PassageList({ rows, total, totalAtLeast, page, pageSize, filters, highlight, search, threshold }: Props) {
  const view = filters.labels ?? "both";
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (p: number) => {
    const q = filtersToQuery(filters);
    return `/${q}${q ? "&" : "?"}page=${p}#passages`;
  };
  return (
    <section id="passages" aria-label="Passages">
      <h2>{totalAtLeast ? `More than ${total.toLocaleString("en")} passages` : `${total} ${total === 1 ? "passage" : "passages"}`}</h2>
      {totalAtLeast && <p className="hint">Counted up to {total.toLocaleString("en")}: the charts above count every one.</p>}
      <ol className="passages">
        {rows.map((p) => (
          <li key={p.id} className={shownFraming(p, view)} data-testid="passage">
            <div className="meta">
              <PassageLabel p={p} view={view} threshold={threshold} />
              <span>{p.outlet}</span>
              <span>{p.publishedAt ?? "undated"}</span>
              <SpeakerTag name={p.speakerName} role={p.speakerRole} />
              <OffTopicTag offTopic={p.offTopic} />
            </div>
            {/* dir="auto": an Arabic or Hebrew passage reads right-to-left, whatever the page around it */}
            <div dir="auto"><Highlight text={p.text} words={highlight} substrings={search ? [search] : []} /></div>
            <div className="meta"><Link href={articleAnchor(p.articleId, p.position, { mark: highlight, find: search, collection: filters.collection })}>{p.articleTitle} — paragraph {p.position + 1}</Link></div>
          </li>
        ))}
      </ol>
      {(pages > 1 || totalAtLeast) && (
        <nav className="pager" aria-label="Pages">
          {page > 1 && <a href={pageHref(page - 1)}>← previous</a>}
          <span>page {page} of {totalAtLeast ? `more than ${pages}` : pages}</span>
          {(page < pages || totalAtLeast) && <a href={pageHref(page + 1)}>next →</a>}
        </nav>
      )}
    </section>
  );
}
