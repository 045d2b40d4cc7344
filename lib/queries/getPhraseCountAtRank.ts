// How often the rank-th commonest phrase occurs in the corpus (term.count), read from the partial index on
// it; null when the dictionary holds fewer phrases.
import { getPrisma } from "../db";

export async function getPhraseCountAtRank(rank: number): Promise<number | null> {
  const [row] = await getPrisma().$queryRaw<{ count: number }[]>`
    SELECT count FROM term WHERE n > 1 ORDER BY count DESC OFFSET ${rank - 1} LIMIT 1`;
  return row?.count ?? null;
}
