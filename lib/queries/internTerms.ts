// Numbers the words and phrases of articles about to be stored, outside their transaction: new stems enter
// the term dictionary with count 0, and every stem's id comes back. Interning is not part of the article's
// transaction on purpose: inside it, two concurrent batches shared common terms' rows from their first
// statement to their commit, so a second batch waited for the whole of the first. If the articles then
// fail, their new stems stay as count-0 entries: ids without occurrences, which nothing counts or shows.
import { getPrisma } from "../db";

export async function internTerms(stems: Map<string, number>): Promise<Map<string, number>> {
  const prisma = getPrisma();
  const lookUp = async (wanted: string[]) =>
    wanted.length ? prisma.$queryRaw<{ id: number; stem: string }[]>`SELECT id, stem FROM term WHERE stem = ANY(${wanted}::text[])` : [];
  const ids = new Map((await lookUp([...stems.keys()])).map((r) => [r.stem, r.id]));
  // Only the stems not there yet are inserted: an insert that meets an existing row whose totals another
  // writer has locked waits for that writer's commit, even with DO NOTHING. In key order, so that writers
  // adding the same new stems wait for one another in one order.
  const missing = [...stems.keys()].filter((s) => !ids.has(s)).sort();
  if (missing.length) {
    await prisma.$executeRaw`
      INSERT INTO term (stem, n, count)
      SELECT s, n, 0 FROM unnest(${missing}::text[], ${missing.map((s) => stems.get(s)!)}::smallint[]) AS x(s, n)
      ON CONFLICT (stem) DO NOTHING`;
    for (const r of await lookUp(missing)) ids.set(r.stem, r.id);
  }
  return ids;
}
