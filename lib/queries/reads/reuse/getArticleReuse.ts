// The passages of one article that share wording with other outlets: for each, its cluster, how many outlets
// carry it and where it appeared first (the article page's "also in N outlets — first: Outlet, date").
import { getPrisma } from "../../../db";

export interface PassageReuseNote {
  passageId: number; clusterId: number; outlets: number; articles: number;
  firstOutlet: string; firstPublishedAt: string | null; firstArticleId: number; firstPosition: number; isFirst: boolean;
}

export async function getArticleReuse(articleId: number): Promise<PassageReuseNote[]> {
  return getPrisma().$queryRaw<PassageReuseNote[]>`
    SELECT m.passage_id AS "passageId", c.id AS "clusterId", c.outlets, c.articles, fo.name AS "firstOutlet",
           to_char(c.first_published_at, 'YYYY-MM-DD') AS "firstPublishedAt", c.first_article_id AS "firstArticleId",
           fp.position AS "firstPosition", c.first_passage_id = m.passage_id AS "isFirst"
    FROM reuse_member m JOIN reuse_cluster c ON c.id = m.cluster_id JOIN outlet fo ON fo.id = c.first_outlet_id
         JOIN passage fp ON fp.id = c.first_passage_id
    WHERE m.article_id = ${articleId}`;
}
