// The articles of a selection, a page at a time (the Articles view; /api/articles): an article is in the
// selection when it is in the collection and one of its passages passes the filters. Newest first, each with its
// outlet, date, address, how many of its passages the filters select, and the framing mix of all its passages.
// Read from the articles, in date order, each tested for a selected passage (its passages by the article_id
// index): a page costs its rows, and the count stops, as the passage list's does, at PASSAGE_COUNT_UP_TO.
import { getPrisma, Prisma } from "../../db";
import { getEnv } from "../../env";
import type { Filters } from "../../schema";
import { defineRead } from "../plan/defineRead";
import { collectionId } from "../sql/collectionFilter";
import { type PlannedFilters, passageFilter, passageFraming } from "../sql/passageFilter";

export interface ArticleListRow {
  id: number; title: string; outlet: string; publishedAt: string | null; url: string | null; byline: string | null; language: string;
  /** all its passages, and those the filters select */
  passages: number; selected: number;
  /** all its passages by framing (the model's own labels under the "model" label view) */
  official: number; critical: number; testimony: number;
  /** flagged off-topic when it joined the collection read */
  offTopic: boolean;
}

export interface ArticlePage {
  /** the articles selected, or, with totalAtLeast, how many were counted before the count stopped */
  total: number;
  totalAtLeast: boolean;
  rows: ArticleListRow[];
}

type PageArgs = [filters: Partial<Filters>, page?: number, pageSize?: number, options?: { countedUpTo?: number }];

export const listArticles = defineRead<PageArgs, ArticlePage>("listArticles", {
  passages: async ({ filters }, _, page = 1, pageSize = 50, options = {}) => {
    const countUpTo = Math.max(options.countedUpTo ?? getEnv().PASSAGE_COUNT_UP_TO, Math.max(1, page) * pageSize);
    const selected = selectedArticles(filters);
    const [[{ total }], articles] = await Promise.all([
      getPrisma().$queryRaw<{ total: number }[]>(Prisma.sql`
        SELECT COUNT(*)::int AS total FROM (SELECT FROM article a WHERE ${selected} LIMIT ${countUpTo + 1}) t`),
      getPrisma().$queryRaw<Omit<ArticleListRow, "passages" | "selected" | "official" | "critical" | "testimony">[]>(Prisma.sql`
        SELECT a.id, a.title, o.name AS outlet, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.url, a.byline, a.language,
               m.off_topic AS "offTopic"
        FROM article a JOIN outlet o ON o.id = a.outlet_id
          JOIN article_collection m ON m.article_id = a.id AND m.collection_id = ${collectionId(filters)}
        WHERE ${selected}
        ORDER BY a.published_at DESC NULLS LAST, a.id
        LIMIT ${pageSize} OFFSET ${(Math.max(1, page) - 1) * pageSize}`),
    ]);
    const counts = await passageCounts(filters, articles.map((a) => a.id));
    const rows = articles.map((a) => ({ ...a, ...(counts.get(a.id) ?? { passages: 0, selected: 0, official: 0, critical: 0, testimony: 0 }) }));
    const totalAtLeast = total > countUpTo;
    return { total: totalAtLeast ? countUpTo : total, totalAtLeast, rows };
  },
});

/** An article (aliased `a`) in the collection with a passage the filters select. */
function selectedArticles(filters: PlannedFilters): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM article_collection ac WHERE ac.collection_id = ${collectionId(filters)} AND ac.article_id = a.id)
    AND EXISTS (SELECT 1 FROM passage p WHERE p.article_id = a.id AND ${passageFilter(filters, { reachedFromArticles: true })})`;
}

type Counts = Pick<ArticleListRow, "passages" | "selected" | "official" | "critical" | "testimony">;

async function passageCounts(filters: PlannedFilters, ids: number[]): Promise<Map<number, Counts>> {
  if (!ids.length) return new Map();
  const framing = passageFraming(filters);
  const rows = await getPrisma().$queryRaw<(Counts & { id: number })[]>(Prisma.sql`
    SELECT p.article_id AS id, COUNT(*)::int AS passages,
           COUNT(*) FILTER (WHERE ${passageFilter(filters, { reachedFromArticles: true })})::int AS selected,
           COUNT(*) FILTER (WHERE ${framing} = 'official')::int AS official,
           COUNT(*) FILTER (WHERE ${framing} = 'critical')::int AS critical,
           COUNT(*) FILTER (WHERE ${framing} = 'testimony')::int AS testimony
    FROM passage p WHERE p.article_id = ANY(${ids}::int[]) GROUP BY p.article_id`);
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}
