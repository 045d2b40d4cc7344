import type { Prisma } from "../../db";
import type { ArticleTerms } from "../../analysis/offTopicProfile";

/**
 * Stored articles' words, term id → occurrences over their passages: the leading `words` entries of each
 * passage's vector, the words articleTerms counts (lib/analysis/offTopicProfile.ts), keyed by id instead of stem.
 */
export async function storedArticleWords(tx: Prisma.TransactionClient, articleIds: number[]): Promise<Map<number, Map<string, number>>> {
  const out = new Map<number, Map<string, number>>(articleIds.map((id) => [id, new Map()]));
  if (!articleIds.length) return out;
  // one row per article, its words as "id:count,…": a calibration's sample of 200 long articles is 240,000
  // (article, word) pairs, and sent as rows they cost more to receive than to compute
  const rows = await tx.$queryRaw<{ article_id: number; words: string }[]>`
    SELECT article_id, string_agg(term_id::text || ':' || count::text, ',') AS words FROM (
      SELECT p.article_id, u.term_id, SUM(u.count) AS count
      FROM passage p JOIN passage_terms v ON v.passage_id = p.id
      CROSS JOIN LATERAL unnest(v.term_ids[1:v.words], v.counts[1:v.words]) AS u(term_id, count)
      WHERE p.article_id = ANY(${articleIds}::int[])
      GROUP BY p.article_id, u.term_id) w
    GROUP BY article_id`;
  for (const r of rows) {
    const words = out.get(r.article_id)!;
    for (const pair of r.words.split(",")) {
      const colon = pair.indexOf(":");
      words.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
    }
  }
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
