import { getPrisma } from "../../db";

/** The collections an article is in (the default first, then by name): the article page's links to their overviews. */
export async function getArticleCollections(articleId: number): Promise<{ name: string; isDefault: boolean }[]> {
  return getPrisma().$queryRaw<{ name: string; isDefault: boolean }[]>`
    SELECT c.name, c.is_default AS "isDefault"
    FROM article_collection ac JOIN collection c ON c.id = ac.collection_id
    WHERE ac.article_id = ${articleId}
    ORDER BY c.is_default DESC, c.name`;
}
