// One article, passage by passage (the article page): null when the address names no stored article.
import { z } from "zod";
import { getArticle } from "../queries/reads";

const idSchema = z.coerce.number().int().positive();

export async function loadArticle(id: string) {
  const parsed = idSchema.safeParse(id);
  return parsed.success ? getArticle(parsed.data) : null;
}
