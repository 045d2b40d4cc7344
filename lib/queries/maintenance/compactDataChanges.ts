// data_change has a row per transaction that wrote here, and every dashboard read sums them for the data
// version (getDataVersion): left alone, that grows with every ingest and relabel for the life of the database.
// Once more than COMPACT_ABOVE rows are visible, the older ones are replaced by one row carrying their number
// of commits, in one statement. The sum and the newest xid are the same before and after, so no remembered
// answer is dropped for it, and a reader sees either state. Rows of transactions still in flight are invisible
// here and stay; a concurrent compaction skips the rows this one deleted and counts only its own.
import { getPrisma } from "../../db";

/** A few hundred rows cost a reader well under a millisecond; compacting more often would only churn. */
export const COMPACT_ABOVE = 256;

export async function compactDataChanges(): Promise<void> {
  await getPrisma().$executeRaw`
    WITH gone AS (
      DELETE FROM data_change
      WHERE (SELECT count(*) FROM (SELECT FROM data_change LIMIT ${COMPACT_ABOVE + 1}) t) > ${COMPACT_ABOVE}
        AND xid < (SELECT max(xid) FROM data_change)
      RETURNING xid, commits
    )
    INSERT INTO data_change (xid, commits) SELECT max(xid), sum(commits) FROM gone HAVING count(*) > 0`;
}
