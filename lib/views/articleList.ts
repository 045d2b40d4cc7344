// The articles behind a selection, a page at a time (the Articles page; /api/articles): what the collection
// holds, with each article's id (what `npm run collections -- add` and `npm run delete` take), its address and
// its framing mix.
import { listArticles } from "../queries/reads";
import { describeFilters } from "../schema";
import { parseArticleListParams } from "../viewParams/views";
import { collectionOf, missingCollection, withCollectionName } from "./collections";
import { defineView, fileName } from "./view";

/** the list's orders, for the page's links */
export { ARTICLE_ORDERS, type ArticleOrder } from "../queries/reads";

export const articleListView = defineView({
  parse: parseArticleListParams,
  async load({ filters, options: { page, pageSize, sort } }) {
    const [collection, { total, totalAtLeast, rows }] = await Promise.all([collectionOf(filters), listArticles(filters, page, pageSize, { order: sort })]);
    return { filters, collection, page, pageSize, sort, total, totalAtLeast, rows };
  },
  notFound: (data) => missingCollection(data.filters, data.collection),
  file: {
    table: (data) => data.rows.map((r) => ({
      article_id: r.id, title: r.title, outlet: r.outlet, author: r.byline ?? "", published: r.publishedAt ?? "", language: r.language,
      passages: r.passages, selected_passages: r.selected, official: r.official, critical: r.critical, testimony: r.testimony,
      off_topic: r.offTopic, original_url: r.url ?? "", dashboard_page: `/articles/${r.id}`,
    })),
    name: (data, { filters, options: { sort } }) => fileName(sort === "newest" ? "articles" : `articles-by-${sort}`, describeFilters(withCollectionName(filters, data.collection))),
  },
});
