// The loaded corpus spread over collections without ingesting it again: a copy of the database whose articles
// move, round robin in ingest order, from the default collection to bench-1..N, and whose statistics are then
// recounted from the passages (rebuildStats). The statistics equal what ingesting into those collections gives
// (tests/integration/collections.test.ts holds ingest = rebuild per collection); at a million passages this took
// 26 minutes where loading the corpus took 78. The off-topic profiles are left as loaded:
// no endpoint measured reads them.
import { getPrisma } from "../../../lib/db";
import { rebuildStats } from "../../../lib/queries/stats";

export const benchCollectionName = (k: number) => `bench-${k + 1}`;

export async function spreadOverCollections(count: number): Promise<void> {
  const names = Array.from({ length: count }, (_, k) => benchCollectionName(k));
  await getPrisma().$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO collection (name) SELECT unnest(${names}::text[]) ON CONFLICT (name) DO NOTHING`;
    await tx.$executeRaw`
      UPDATE article_collection ac SET collection_id = c.id
      FROM (SELECT id, ((row_number() OVER (ORDER BY id) - 1) % ${count})::int AS k FROM article) a
      JOIN collection c ON c.name = (${names}::text[])[a.k + 1]
      WHERE ac.article_id = a.id`;
  }, { timeout: 3_600_000 });
  await rebuildStats({ timeoutMs: 4 * 3_600_000 });
}
