import { getPrisma } from "../db";

/** Every stored passage, grouped by article in reading order: what `classify-all` runs the model over. */
export async function listArticlePassages() {
  const rows = await getPrisma().passage.findMany({
    select: { id: true, articleId: true, text: true, framing: true, labelSource: true },
    orderBy: [{ articleId: "asc" }, { position: "asc" }],
  });
  const byArticle = new Map<number, typeof rows>();
  for (const r of rows) byArticle.set(r.articleId, [...(byArticle.get(r.articleId) ?? []), r]);
  return [...byArticle.values()];
}
