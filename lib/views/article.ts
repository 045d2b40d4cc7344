// One article, passage by passage (the article page), with what it is made of at the top: its framing mix and
// the speakers it quotes. Null when the address names no stored article.
import { z } from "zod";
import { getArticle } from "../queries/reads";
import { summariseArticle } from "./articleSummary";

const idSchema = z.coerce.number().int().positive();

export async function loadArticle(id: string) {
  const parsed = idSchema.safeParse(id);
  const article = parsed.success ? await getArticle(parsed.data) : null;
  return article && { ...article, summary: summariseArticle(article.passages) };
}
