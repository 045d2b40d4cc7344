// The version of the data (lib/cache/memoByDataVersion.ts): how many transactions that wrote to this database
// a reader sees committed, and the newest of them. Statement triggers add a transaction's id to data_change
// when it writes (migration 20261204000000_data_change), so the pair changes exactly when a write here
// commits, and not with writes to other databases of the same server, as pg_current_snapshot() did. Rows are
// only ever deleted by a compaction that puts their number of commits in one row in the same statement
// (compactDataChanges): a plain deletion beside a commit could leave the pair as it was.
import { getPrisma } from "../../db";

/** The version as one text column, `version`; also read by loadStatsCube inside its own snapshot. */
export const DATA_VERSION_SQL = "SELECT COALESCE(sum(commits), 0) || ':' || COALESCE(max(xid), 0) AS version FROM data_change";

export async function getDataVersion(): Promise<string> {
  const [{ version }] = await getPrisma().$queryRawUnsafe<{ version: string }[]>(DATA_VERSION_SQL);
  return version;
}
