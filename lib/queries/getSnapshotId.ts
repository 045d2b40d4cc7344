// Which transactions the database has committed, as text: it changes with every write (lib/cache/memoBySnapshot.ts).
import { getPrisma } from "../db";

export async function getSnapshotId(): Promise<string> {
  const [{ id }] = await getPrisma().$queryRaw<{ id: string }[]>`SELECT pg_current_snapshot()::text AS id`;
  return id;
}
