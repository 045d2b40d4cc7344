import { getPrisma } from "../../db";
import type { FramingLabel } from "../../classify/labels";

export interface StoredPassage { id: number; articleId: number; text: string; framing: FramingLabel; labelSource: "model" | "human" }

/**
 * The passages of the next `articles` stored articles after article `afterId` (by id), grouped by article in
 * reading order: classify-all re-labels a corpus a slice at a time, so that its memory does not grow with it.
 */
export async function listArticlePassagesAfter(afterId: number, articles: number): Promise<{ articleId: number; passages: StoredPassage[] }[]> {
  const rows = await getPrisma().$queryRaw<StoredPassage[]>`
    SELECT p.id, p.article_id AS "articleId", p.text, p.framing::text AS framing, p.label_source::text AS "labelSource"
    FROM passage p
    WHERE p.article_id IN (SELECT id FROM article WHERE id > ${afterId} ORDER BY id LIMIT ${articles})
    ORDER BY p.article_id, p.position`;
  const byArticle: { articleId: number; passages: StoredPassage[] }[] = [];
  for (const r of rows) {
    if (byArticle.at(-1)?.articleId !== r.articleId) byArticle.push({ articleId: r.articleId, passages: [] });
    byArticle.at(-1)!.passages.push(r);
  }
  return byArticle;
}
