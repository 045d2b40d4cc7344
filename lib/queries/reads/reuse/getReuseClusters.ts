// The stories of reuse a selection touches: clusters with at least one passage the filters select, ranked by
// the outlets (or articles) that carry them, each with its first appearance, the framings of its passages
// (read now: a relabel is seen at once), its spread by month and its outlets. Through reuse_member's indexes;
// the ranking reads reuse_cluster's counts, kept at ingest and delete.
import { getPrisma, Prisma } from "../../../db";
import type { FramingLabel } from "../../../classify/labels";
import type { Filters } from "../../../schema";
import { defineRead } from "../../plan/defineRead";
import { type PlannedFilters, passageFilter, passageFraming } from "../../sql/passageFilter";
import { collectionId } from "../../sql/collectionFilter";

export type ReuseRank = "outlets" | "articles";

export interface ReuseClusterRow {
  id: number; passages: number; articles: number; outlets: number;
  firstPublishedAt: string | null; lastPublishedAt: string | null;
  firstOutlet: string; firstArticleId: number; firstArticleTitle: string; firstPosition: number; firstText: string;
  framings: Partial<Record<FramingLabel, number>>;
  /** articles carrying it per month, months with none left out (the sparkline fills them) */
  spread: { month: string; articles: number }[];
  outletNames: string[];
}

export interface ReuseClusterList { total: number; clusters: ReuseClusterRow[] }

export const getReuseClusters = defineRead<[filters: Partial<Filters>, rank: ReuseRank, limit: number], ReuseClusterList>("getReuseClusters", {
  passages: ({ filters }, _selection, rank, limit) => clustersOf(filters, rank, limit),
});

async function clustersOf(filters: PlannedFilters, rank: ReuseRank, limit: number): Promise<ReuseClusterList> {
  // ties in the order reuse_cluster_rank_idx keeps (outlets, articles, id: the id is the earliest-stored passage)
  const order = rank === "articles" ? Prisma.sql`c.articles DESC, c.outlets DESC, c.id` : Prisma.sql`c.outlets DESC, c.articles DESC, c.id`;
  // every passage of the collection selected (no other filter; a label view other than "reviewer labels only"
  // keeps every passage): its articles' members, without reading their passages
  const unset = (value: unknown) => value === undefined || value === "" || (Array.isArray(value) && !value.length);
  const wholeCollection = Object.entries(filters).every(([key, value]) => key === "search" || key === "collection" || (key === "labels" ? value !== "human" : unset(value)));
  const matched = wholeCollection
    ? Prisma.sql`SELECT DISTINCT m.cluster_id AS id FROM reuse_member m JOIN article_collection ac ON ac.article_id = m.article_id WHERE ac.collection_id = ${collectionId(filters)}`
    : Prisma.sql`SELECT DISTINCT m.cluster_id AS id FROM reuse_member m JOIN passage p ON p.id = m.passage_id WHERE ${passageFilter(filters)}`;
  const ranked = Prisma.sql`SELECT c.* FROM reuse_cluster c JOIN matched USING (id) ORDER BY ${order} LIMIT ${limit}`;
  const [result] = await getPrisma().$queryRaw<ReuseClusterList[]>`
    WITH matched AS MATERIALIZED (${matched}), ranked AS (${ranked}), rows AS (
      SELECT c.id, c.passages, c.articles, c.outlets,
             to_char(c.first_published_at, 'YYYY-MM-DD') AS "firstPublishedAt", to_char(c.last_published_at, 'YYYY-MM-DD') AS "lastPublishedAt",
             o.name AS "firstOutlet", c.first_article_id AS "firstArticleId", a.title AS "firstArticleTitle", fp.position AS "firstPosition",
             left(fp.text, 300) AS "firstText",
             (SELECT COALESCE(json_object_agg(f.framing, f.n), '{}') FROM (
                SELECT ${passageFraming(filters)}::text AS framing, count(*)::int AS n FROM reuse_member m JOIN passage p ON p.id = m.passage_id
                WHERE m.cluster_id = c.id GROUP BY 1) f) AS framings,
             (SELECT COALESCE(json_agg(json_build_object('month', s.month, 'articles', s.n) ORDER BY s.month), '[]') FROM (
                SELECT to_char(m.published_at, 'YYYY-MM') AS month, count(DISTINCT m.article_id)::int AS n FROM reuse_member m
                WHERE m.cluster_id = c.id AND m.published_at IS NOT NULL GROUP BY 1) s) AS spread,
             (SELECT COALESCE(json_agg(DISTINCT ot.name), '[]') FROM reuse_member m JOIN outlet ot ON ot.id = m.outlet_id WHERE m.cluster_id = c.id) AS "outletNames"
      FROM ranked c JOIN outlet o ON o.id = c.first_outlet_id JOIN article a ON a.id = c.first_article_id JOIN passage fp ON fp.id = c.first_passage_id
      ORDER BY ${order}
    )
    SELECT (SELECT count(*)::int FROM matched) AS total, COALESCE((SELECT json_agg(r) FROM rows r), '[]') AS clusters`;
  return result;
}
