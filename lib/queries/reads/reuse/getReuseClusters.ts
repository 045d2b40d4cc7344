// The stories of reuse a selection touches: clusters with at least one passage the filters select, ranked by
// the outlets (or articles) that carry them, each with its first appearance, the framings of its passages
// (read now: a relabel is seen at once), its spread by month and its outlets, all within the collection read.
import { getPrisma, Prisma } from "../../../db";
import type { FramingLabel } from "../../../classify/labels";
import type { Filters } from "../../../schema";
import { defineRead } from "../../plan/defineRead";
import { PLAN_KEYS, type PlannedFilters, passageFilter, passageFraming } from "../../sql/passageFilter";
import { collectionId } from "../../sql/collectionFilter";

export type ReuseRank = "outlets" | "articles";

export interface ReuseClusterRow {
  id: number; passages: number; articles: number; outlets: number;
  firstPublishedAt: string | null; lastPublishedAt: string | null;
  firstOutlet: string; firstArticleId: number; firstArticleTitle: string; firstPosition: number; firstText: string;
  framings: Partial<Record<FramingLabel, number>>;
  /** the whole story's counts, in every collection (the others are the collection's) */
  inAll: { passages: number; articles: number; outlets: number };
  /** articles carrying it per month, months with none left out (the sparkline fills them) */
  spread: { month: string; articles: number }[];
  outletNames: string[];
}

export interface ReuseClusterList { total: number; clusters: ReuseClusterRow[] }

export const getReuseClusters = defineRead<[filters: Partial<Filters>, rank: ReuseRank, limit: number], ReuseClusterList>("getReuseClusters", {
  passages: ({ filters }, _selection, rank, limit) => clustersOf(filters, rank, limit),
});

async function clustersOf(filters: PlannedFilters, rank: ReuseRank, limit: number): Promise<ReuseClusterList> {
  // ties as reuse_cluster_rank_idx orders the whole stories (outlets, articles, id: the id is the earliest-stored passage)
  const order = rank === "articles" ? Prisma.sql`c.articles DESC, c.outlets DESC, c.id` : Prisma.sql`c.outlets DESC, c.articles DESC, c.id`;
  // every passage of the collection selected (no other filter; a label view other than "reviewer labels only"
  // keeps every passage): its members, without reading their passages
  const unset = (value: unknown) => value === undefined || value === "" || (Array.isArray(value) && !value.length);
  const wholeCollection = Object.entries(filters).every(([key, value]) => PLAN_KEYS.has(key) || key === "collection" || (key === "labels" ? value !== "human" : unset(value)));
  const matched = wholeCollection
    ? Prisma.sql`SELECT DISTINCT m.cluster_id AS id FROM own m`
    : Prisma.sql`SELECT DISTINCT m.cluster_id AS id FROM own m JOIN passage p ON p.id = m.passage_id WHERE ${passageFilter(filters)}`;
  // A story within a collection is its members there: its counts, first appearance, spread and outlets are the
  // collection's (a story reprinted in two subjects counts in each what each holds); `inAll`: the whole story's.
  // reuse_member holds a few passages in a hundred (7,000 at a million passages): counted when read.
  const [result] = await getPrisma().$queryRaw<ReuseClusterList[]>`
    WITH own AS MATERIALIZED (
      SELECT m.* FROM reuse_member m WHERE m.article_id IN (SELECT ac.article_id FROM article_collection ac WHERE ac.collection_id = ${collectionId(filters)})
    ), matched AS MATERIALIZED (${matched}), counted AS (
      SELECT m.cluster_id AS id, count(*)::int AS passages, count(DISTINCT m.article_id)::int AS articles, count(DISTINCT m.outlet_id)::int AS outlets,
             max(m.published_at) AS last_published_at
      FROM own m WHERE m.cluster_id IN (SELECT id FROM matched) GROUP BY m.cluster_id
    ), ranked AS (
      SELECT c.* FROM counted c ORDER BY ${order} LIMIT ${limit}
    ),
    -- the shown stories' members, each of the per-story lists below grouped in one pass over them (a CTE has no
    -- index: a subquery per story scanned every member of the collection once a story)
    shown AS MATERIALIZED (SELECT m.* FROM own m JOIN ranked r ON r.id = m.cluster_id),
    firsts AS (
      -- each story's first appearance in the collection: the earliest dated passage, undated last, then the first stored
      SELECT DISTINCT ON (m.cluster_id) m.cluster_id AS id, m.passage_id, m.article_id, m.outlet_id, m.published_at
      FROM shown m ORDER BY m.cluster_id, m.published_at NULLS LAST, m.passage_id
    ), framings AS (
      SELECT f.id, json_object_agg(f.framing, f.n) AS framings FROM (
        SELECT m.cluster_id AS id, ${passageFraming(filters)}::text AS framing, count(*)::int AS n FROM shown m JOIN passage p ON p.id = m.passage_id GROUP BY 1, 2
      ) f GROUP BY f.id
    ), spreads AS (
      SELECT s.id, json_agg(json_build_object('month', s.month, 'articles', s.n) ORDER BY s.month) AS spread FROM (
        SELECT m.cluster_id AS id, to_char(m.published_at, 'YYYY-MM') AS month, count(DISTINCT m.article_id)::int AS n FROM shown m
        WHERE m.published_at IS NOT NULL GROUP BY 1, 2
      ) s GROUP BY s.id
    ), outlet_names AS (
      SELECT m.cluster_id AS id, json_agg(DISTINCT ot.name) AS names FROM shown m JOIN outlet ot ON ot.id = m.outlet_id GROUP BY 1
    ), rows AS (
      SELECT c.id, c.passages, c.articles, c.outlets,
             to_char(f.published_at, 'YYYY-MM-DD') AS "firstPublishedAt", to_char(c.last_published_at, 'YYYY-MM-DD') AS "lastPublishedAt",
             o.name AS "firstOutlet", f.article_id AS "firstArticleId", a.title AS "firstArticleTitle", fp.position AS "firstPosition",
             left(fp.text, 300) AS "firstText",
             json_build_object('passages', w.passages, 'articles', w.articles, 'outlets', w.outlets) AS "inAll",
             COALESCE(fr.framings, '{}') AS framings, COALESCE(sp.spread, '[]') AS spread, COALESCE(n.names, '[]') AS "outletNames"
      FROM ranked c JOIN firsts f ON f.id = c.id JOIN reuse_cluster w ON w.id = c.id
           JOIN outlet o ON o.id = f.outlet_id JOIN article a ON a.id = f.article_id JOIN passage fp ON fp.id = f.passage_id
           LEFT JOIN framings fr ON fr.id = c.id LEFT JOIN spreads sp ON sp.id = c.id LEFT JOIN outlet_names n ON n.id = c.id
      ORDER BY ${order}
    )
    SELECT (SELECT count(*)::int FROM matched) AS total, COALESCE((SELECT json_agg(r) FROM rows r), '[]') AS clusters`;
  return result;
}
