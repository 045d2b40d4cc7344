// Which outlets repeat an outlet's wording, and how soon: the links where the outlet carried the words first,
// grouped by the outlet that carried them later, with the lag in days between the two publications (median and
// fastest; undated pairs have none); and the other way round, whose wording the outlet repeats. Without an
// outlet, every outlet with the links it starts and the links it follows. Through reuse_link's outlet index.
// Within one collection: the links whose two articles are both in it.
import { getPrisma, Prisma } from "../../../db";
import type { Filters } from "../../../schema";
import { collectionId } from "../../sql/collectionFilter";

type Scope = Pick<Partial<Filters>, "collection">;

/** Both articles of a link `l` in the collection. */
const bothInCollection = (scope: Scope) => Prisma.sql`
  EXISTS (SELECT 1 FROM article_collection ac WHERE ac.collection_id = ${collectionId(scope)} AND ac.article_id = l.article_a)
  AND EXISTS (SELECT 1 FROM article_collection ac WHERE ac.collection_id = ${collectionId(scope)} AND ac.article_id = l.article_b)`;

export interface OutletReuseRow { outlet: string; links: number; passages: number; articles: number; medianDays: number | null; fastestDays: number | null }
export interface OutletReuse { outlet: string; repeatedBy: OutletReuseRow[]; repeats: OutletReuseRow[] }
export interface OutletReuseSummaryRow { outlet: string; first: number; followed: number }

export async function getOutletReuse(outlet: string, scope: Scope = {}): Promise<OutletReuse> {
  const [repeatedBy, repeats] = await Promise.all([linkedOutlets(outlet, "later", scope), linkedOutlets(outlet, "earlier", scope)]);
  return { outlet, repeatedBy, repeats };
}

/** The outlets on the other side of `outlet`'s links: those that carried its wording later, or earlier. */
function linkedOutlets(outlet: string, side: "later" | "earlier", scope: Scope): Promise<OutletReuseRow[]> {
  // a link's a side is the earlier appearance: the outlet is on a and the others on b, or the other way round
  const [own, other, passage, article] = side === "later"
    ? [Prisma.sql`l.outlet_a`, Prisma.sql`l.outlet_b`, Prisma.sql`l.passage_b`, Prisma.sql`l.article_b`]
    : [Prisma.sql`l.outlet_b`, Prisma.sql`l.outlet_a`, Prisma.sql`l.passage_a`, Prisma.sql`l.article_a`];
  return getPrisma().$queryRaw<OutletReuseRow[]>`
    SELECT o.name AS outlet, count(*)::int AS links, count(DISTINCT ${passage})::int AS passages, count(DISTINCT ${article})::int AS articles,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY l.published_b - l.published_a)::float8 AS "medianDays",
           min(l.published_b - l.published_a)::int AS "fastestDays"
    FROM reuse_link l JOIN outlet o ON o.id = ${other}
    WHERE ${own} = (SELECT id FROM outlet WHERE name = ${outlet}) AND ${bothInCollection(scope)}
    GROUP BY o.name ORDER BY links DESC, o.name`;
}

export async function getOutletReuseSummary(scope: Scope = {}): Promise<OutletReuseSummaryRow[]> {
  return getPrisma().$queryRaw<OutletReuseSummaryRow[]>`
    WITH l AS MATERIALIZED (SELECT l.outlet_a, l.outlet_b FROM reuse_link l WHERE ${bothInCollection(scope)})
    SELECT o.name AS outlet, COALESCE(f.n, 0)::int AS first, COALESCE(b.n, 0)::int AS followed
    FROM outlet o
    LEFT JOIN (SELECT outlet_a AS id, count(*) AS n FROM l GROUP BY 1) f ON f.id = o.id
    LEFT JOIN (SELECT outlet_b AS id, count(*) AS n FROM l GROUP BY 1) b ON b.id = o.id
    WHERE f.n IS NOT NULL OR b.n IS NOT NULL
    ORDER BY COALESCE(f.n, 0) + COALESCE(b.n, 0) DESC, lower(o.name)`;
}
