// Which collection a view counts, under its title: "Collection: xinjiang · 22 articles" (the name links to the
// collection's overview, the count to its list of articles). Two-sided views say it for each side.
import { plural } from "@/lib/plural";
import type { CollectionRow } from "@/lib/views/collections.types";

const overviewOf = (name: string) => `/?collection=${encodeURIComponent(name)}`;
const articlesOf = (name: string) => `/articles?collection=${encodeURIComponent(name)}`;

export function CollectionLine({ collection }: { collection: CollectionRow }) {
  return (
    <p className="collection-line hint" data-testid="collection-line">
      Collection: <a href={overviewOf(collection.name)}><strong>{collection.name}</strong></a> · <a href={articlesOf(collection.name)}>{plural(collection.articles, "article")}</a>
    </p>
  );
}

export function CollectionSides({ a, b }: { a: CollectionRow; b: CollectionRow }) {
  if (a.name === b.name) return <CollectionLine collection={a} />;
  return (
    <p className="collection-line hint" data-testid="collection-line">
      Collections: <strong>A</strong> in <a href={overviewOf(a.name)}><strong>{a.name}</strong></a> (<a href={articlesOf(a.name)}>{plural(a.articles, "article")}</a>) ·{" "}
      <strong>B</strong> in <a href={overviewOf(b.name)}><strong>{b.name}</strong></a> (<a href={articlesOf(b.name)}>{plural(b.articles, "article")}</a>)
    </p>
  );
}
