// The commonest phrases in the corpus (term.count), read from the partial index on it: the stems of those
// seen more often than the (limit + 1)-th, and how often that one is seen (so that the rest are the phrases
// seen at most that often); null when the dictionary holds no more phrases than `limit`.
import { getPrisma } from "../../../db";

export async function getCommonPhrases(limit: number): Promise<{ stems: string[]; restSeenAtMost: number } | null> {
  const rows = await getPrisma().$queryRaw<{ stem: string; count: number }[]>`
    SELECT stem, count FROM term WHERE n > 1 ORDER BY count DESC LIMIT ${limit + 1}`;
  if (rows.length <= limit) return null;
  const restSeenAtMost = rows[limit].count;
  return { stems: rows.filter((r) => r.count > restSeenAtMost).map((r) => r.stem), restSeenAtMost };
}
