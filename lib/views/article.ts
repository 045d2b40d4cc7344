// One article, passage by passage (the article page), with what it is made of at the top: its framing mix and
// the speakers it quotes, the collections it is in, and which of its passages share wording with other outlets (text reuse). Null when the
// address names no stored article.
import { z } from "zod";
import { getArticle, getArticleCollections, getArticleOffTopic, getArticleReuse } from "../queries/reads";
import { summariseArticle } from "./articleSummary";
import type { PassageReuseNote } from "./reuse.types";

const idSchema = z.coerce.number().int().positive();

export async function loadArticle(id: string) {
  const parsed = idSchema.safeParse(id);
  const [article, reuse, collections, offTopic] = parsed.success
    ? await Promise.all([getArticle(parsed.data), getArticleReuse(parsed.data), getArticleCollections(parsed.data), getArticleOffTopic(parsed.data)])
    : [null, [], [], []];
  return article && { ...article, collections, summary: summariseArticle(article.passages), reuse: new Map<number, PassageReuseNote>(reuse.map((r) => [r.passageId, r])), offTopic };
}
