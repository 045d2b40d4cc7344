// The phrases seen in the corpus (term.count) at least `from` and fewer than `below` times, read from the
// partial index on it, when there are at most `limit` of them; null when there are more.
import { getPrisma } from "../../../db";

export async function getPhrasesSeen(from: number, below: number, limit: number): Promise<string[] | null> {
  const rows = await getPrisma().$queryRaw<{ stem: string }[]>`
    SELECT stem FROM term WHERE n > 1 AND count >= ${from} AND count < ${below} LIMIT ${limit + 1}`;
  return rows.length > limit ? null : rows.map((r) => r.stem);
}
