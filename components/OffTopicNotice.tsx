// The article page's flag: the collections this article looked off-topic for when it was added (decision 013).
import Link from "next/link";
import type { ArticleOffTopicFlag } from "@/lib/views/article.types";

const two = (x: number) => x.toFixed(2);

export function OffTopicNotice({ flags }: { flags: ArticleOffTopicFlag[] }) {
  if (!flags.length) return null;
  return (
    <div className="off-topic-notice" role="note" data-testid="off-topic-notice">
      {flags.map((f) => (
        <p key={f.collection}>
          <strong>Looks off-topic for '{f.collection}'</strong>: {two(f.similarity)} similarity to the collection when it was added;
          the collection's articles score {two(f.range[0])}–{two(f.range[1])} against the rest of it, and below {two(f.threshold)} an
          article is flagged. Its passages are still counted; <Link href={`/?collection=${f.collection}&offtopic=hide`}>hide flagged articles</Link>.
        </p>
      ))}
    </div>
  );
}
