import { getPrisma } from "../../db";

export interface ArticleOffTopicFlag {
  collection: string;
  /** its similarity to the collection when it joined, scored without it */
  similarity: number;
  /** the collection's own articles' leave-one-out scores and the threshold, as last calibrated */
  range: [number, number];
  threshold: number;
}

/** The collections this article was flagged off-topic in when it joined them (decision 013). */
export async function getArticleOffTopic(articleId: number): Promise<ArticleOffTopicFlag[]> {
  const rows = await getPrisma().$queryRaw<{ collection: string; similarity: number; low: number | null; high: number | null; threshold: number | null }[]>`
    SELECT c.name AS collection, ac.similarity, cp.range_low AS low, cp.range_high AS high, cp.threshold
    FROM article_collection ac JOIN collection c ON c.id = ac.collection_id LEFT JOIN collection_profile cp ON cp.collection_id = ac.collection_id
    WHERE ac.article_id = ${articleId} AND ac.off_topic ORDER BY c.name`;
  return rows.map((r) => ({ collection: r.collection, similarity: r.similarity, range: [r.low ?? 0, r.high ?? 0], threshold: r.threshold ?? 0 }));
}
