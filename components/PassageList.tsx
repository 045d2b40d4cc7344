// The passages behind the current view: text with the term highlighted, framing, confidence, source.
import Link from "next/link";
import { FRAMING_NAMES } from "@/lib/classify/labels";
import type { PassageRow } from "@/lib/queries/getPassages";
import { type Filters, filtersToQuery } from "@/lib/schema";
import { Highlight } from "./Highlight";

interface Props { rows: PassageRow[]; total: number; page: number; pageSize: number; filters: Filters; highlight: string[]; search?: string }

export function PassageList({ rows, total, page, pageSize, filters, highlight, search }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (p: number) => {
    const q = filtersToQuery(filters);
    return `/${q}${q ? "&" : "?"}page=${p}#passages`;
  };
  return (
    <section id="passages" aria-label="Passages">
      <h2>{total} {total === 1 ? "passage" : "passages"}</h2>
      <ol className="passages">
        {rows.map((p) => (
          <li key={p.id} className={p.framing} data-testid="passage">
            <div className="meta">
              <span className={`badge ${p.framing}`}>{FRAMING_NAMES[p.framing]}</span>
              <span title="classifier confidence">{p.labelSource === "human" ? "labelled by a person" : `${Math.round(p.confidence * 100)}% confidence`}</span>
              <span>{p.outlet}</span>
              <span>{p.publishedAt ?? "undated"}</span>
            </div>
            {/* dir="auto": an Arabic or Hebrew passage reads right-to-left, whatever the page around it */}
            <div dir="auto"><Highlight text={p.text} words={highlight} substrings={search ? [search] : []} /></div>
            <div className="meta"><Link href={`/articles/${p.articleId}#p-${p.position}`}>{p.articleTitle} — paragraph {p.position + 1}</Link></div>
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav className="pager" aria-label="Pages">
          {page > 1 && <a href={pageHref(page - 1)}>← previous</a>}
          <span>page {page} of {pages}</span>
          {page < pages && <a href={pageHref(page + 1)}>next →</a>}
        </nav>
      )}
    </section>
  );
}
