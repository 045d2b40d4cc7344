// Which outlets repeat an outlet's wording, and how soon: the links where the outlet carried the words first,
// grouped by the outlet that carried them later, with the lag in days between the two publications (median and
// fastest; undated pairs have none); and the other way round, whose wording the outlet repeats. Without an
// outlet, every outlet with the links it starts and the links it follows. Through reuse_link's outlet index.
import { getPrisma } from "../../../db";

export interface OutletReuseRow { outlet: string; links: number; passages: number; articles: number; medianDays: number | null; fastestDays: number | null }
export interface OutletReuse { outlet: string; repeatedBy: OutletReuseRow[]; repeats: OutletReuseRow[] }
export interface OutletReuseSummaryRow { outlet: string; first: number; followed: number }

export async function getOutletReuse(outlet: string): Promise<OutletReuse> {
  const prisma = getPrisma();
  const [repeatedBy, repeats] = await Promise.all([
    prisma.$queryRaw<OutletReuseRow[]>`
      SELECT ob.name AS outlet, count(*)::int AS links, count(DISTINCT l.passage_b)::int AS passages, count(DISTINCT l.article_b)::int AS articles,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY l.published_b - l.published_a)::float8 AS "medianDays",
             min(l.published_b - l.published_a)::int AS "fastestDays"
      FROM reuse_link l JOIN outlet ob ON ob.id = l.outlet_b
      WHERE l.outlet_a = (SELECT id FROM outlet WHERE name = ${outlet})
      GROUP BY ob.name ORDER BY links DESC, ob.name`,
    prisma.$queryRaw<OutletReuseRow[]>`
      SELECT oa.name AS outlet, count(*)::int AS links, count(DISTINCT l.passage_a)::int AS passages, count(DISTINCT l.article_a)::int AS articles,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY l.published_b - l.published_a)::float8 AS "medianDays",
             min(l.published_b - l.published_a)::int AS "fastestDays"
      FROM reuse_link l JOIN outlet oa ON oa.id = l.outlet_a
      WHERE l.outlet_b = (SELECT id FROM outlet WHERE name = ${outlet})
      GROUP BY oa.name ORDER BY links DESC, oa.name`,
  ]);
  return { outlet, repeatedBy, repeats };
}

export async function getOutletReuseSummary(): Promise<OutletReuseSummaryRow[]> {
  return getPrisma().$queryRaw<OutletReuseSummaryRow[]>`
    SELECT o.name AS outlet, COALESCE(f.n, 0)::int AS first, COALESCE(b.n, 0)::int AS followed
    FROM outlet o
    LEFT JOIN (SELECT outlet_a AS id, count(*) AS n FROM reuse_link GROUP BY 1) f ON f.id = o.id
    LEFT JOIN (SELECT outlet_b AS id, count(*) AS n FROM reuse_link GROUP BY 1) b ON b.id = o.id
    WHERE f.n IS NOT NULL OR b.n IS NOT NULL
    ORDER BY COALESCE(f.n, 0) + COALESCE(b.n, 0) DESC, lower(o.name)`;
}
