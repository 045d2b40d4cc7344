import type { Prisma } from "../../db";
import type { ArticleTerms } from "../../analysis/offTopicProfile";

/**
 * Stored articles' words, term id → occurrences over their passages: the leading `words` entries of each
 * passage's vector, the words articleTerms counts (lib/analysis/offTopicProfile.ts), keyed by id instead of stem.
 */
export async function storedArticleWords(tx: Prisma.TransactionClient, articleIds: number[]): Promise<Map<number, Map<string, number>>> {
  const out = new Map<number, Map<string, number>>(articleIds.map((id) => [id, new Map()]));
  if (!articleIds.length) return out;
  const rows = await tx.$queryRaw<{ article_id: number; term_id: string; count: number }[]>`
    SELECT p.article_id, u.term_id::text AS term_id, SUM(u.count)::int AS count
    FROM passage p JOIN passage_terms v ON v.passage_id = p.id
    CROSS JOIN LATERAL unnest(v.term_ids[1:v.words], v.counts[1:v.words]) AS u(term_id, count)
    WHERE p.article_id = ANY(${articleIds}::int[])
    GROUP BY p.article_id, u.term_id`;
  for (const r of rows) out.get(r.article_id)?.set(r.term_id, r.count);
  return out;
}

/** Words of passages about to be stored, keyed by the ids their vectors will hold. */
export function wordsOfPassages(passages: readonly { terms: readonly { stem: string; n: number; count: number }[] }[], idOf: (stem: string) => string): ArticleTerms {
  const out = new Map<string, number>();
  for (const p of passages) for (const t of p.terms) {
    if (t.n !== 1) continue;
    const id = idOf(t.stem);
    out.set(id, (out.get(id) ?? 0) + t.count);
  }
  return out;
}
