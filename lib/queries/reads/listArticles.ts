// The articles of a selection, a page at a time (the Articles view; /api/articles): an article is in the
// selection when it is in the collection and one of its passages passes the filters. Each with its
// outlet, date, address, how many of its passages the filters select, and the framing mix of all its passages.
// Newest first, oldest first, or the articles with the most selected passages first. The count stops, as the
// passage list's does, at PASSAGE_COUNT_UP_TO.
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

type Counts = Pick<ArticleListRow, "passages" | "selected" | "official" | "critical" | "testimony">;

export interface ArticlePage {
  /** the articles selected, or, with totalAtLeast, how many were counted before the count stopped */
  total: number;
  totalAtLeast: boolean;
  rows: ArticleListRow[];
}

/** The order of the list: by date, or the articles with the most passages the filters select first. */
export const ARTICLE_ORDERS = ["newest", "oldest", "selected"] as const;
export type ArticleOrder = (typeof ARTICLE_ORDERS)[number];

type PageArgs = [filters: Partial<Filters>, page?: number, pageSize?: number, options?: { order?: ArticleOrder; countedUpTo?: number }];
type ArticleFields = Omit<ArticleListRow, keyof Counts>;

export const listArticles = defineRead<PageArgs, ArticlePage>("listArticles", {
  passages: async ({ filters }, _, page = 1, pageSize = 50, options = {}) => {
    const countUpTo = Math.max(options.countedUpTo ?? getEnv().PASSAGE_COUNT_UP_TO, Math.max(1, page) * pageSize);
    const [[{ total }], ids] = await Promise.all([
      getPrisma().$queryRaw<{ total: number }[]>(Prisma.sql`
        SELECT COUNT(*)::int AS total FROM (SELECT FROM article a WHERE ${selectedArticles(filters)} LIMIT ${countUpTo + 1}) t`),
      pageOfIds(filters, options.order ?? "newest", pageSize, (Math.max(1, page) - 1) * pageSize),
    ]);
    const [articles, counts] = await Promise.all([articleFields(filters, ids), passageCounts(filters, ids)]);
    const rows = ids.map((id) => ({ ...articles.get(id)!, ...(counts.get(id) ?? { passages: 0, selected: 0, official: 0, critical: 0, testimony: 0 }) }));
    const totalAtLeast = total > countUpTo;
    return { total: totalAtLeast ? countUpTo : total, totalAtLeast, rows };
  },
});

/** The ids of one page of the list, in its order (ties: newest first, then by id). */
async function pageOfIds(filters: PlannedFilters, order: ArticleOrder, limit: number, offset: number): Promise<number[]> {
  // by date: the articles in date order, each tested for a selected passage, so a page costs about its rows
  // (article_published_at_idx); by selected passages: every selected passage grouped by its article
  const rows = order === "selected"
    ? await getPrisma().$queryRaw<{ id: number }[]>(Prisma.sql`
        SELECT p.article_id AS id FROM passage p JOIN article a ON a.id = p.article_id
        WHERE ${passageFilter(filters)}
        GROUP BY p.article_id, a.published_at
        ORDER BY COUNT(*) DESC, a.published_at DESC NULLS LAST, p.article_id
        LIMIT ${limit} OFFSET ${offset}`)
    : await getPrisma().$queryRaw<{ id: number }[]>(Prisma.sql`
        SELECT a.id FROM article a WHERE ${selectedArticles(filters)}
        ORDER BY a.published_at ${order === "oldest" ? Prisma.sql`ASC` : Prisma.sql`DESC`} NULLS LAST, a.id
        LIMIT ${limit} OFFSET ${offset}`);
  return rows.map((r) => r.id);
}

async function articleFields(filters: PlannedFilters, ids: number[]): Promise<Map<number, ArticleFields>> {
  if (!ids.length) return new Map();
  const rows = await getPrisma().$queryRaw<ArticleFields[]>(Prisma.sql`
    SELECT a.id, a.title, o.name AS outlet, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.url, a.byline, a.language,
           m.off_topic AS "offTopic"
    FROM article a JOIN outlet o ON o.id = a.outlet_id
      JOIN article_collection m ON m.article_id = a.id AND m.collection_id = ${collectionId(filters)}
    WHERE a.id = ANY(${ids}::int[])`);
  return new Map(rows.map((r) => [r.id, r]));
}

/** An article (aliased `a`) in the collection with a passage the filters select. */
function selectedArticles(filters: PlannedFilters): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM article_collection ac WHERE ac.collection_id = ${collectionId(filters)} AND ac.article_id = a.id)
    AND EXISTS (SELECT 1 FROM passage p WHERE p.article_id = a.id AND ${passageFilter(filters, { reachedFromArticles: true })})`;
}

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
