-- data_change gained a row for every transaction that ever wrote here, and every dashboard read counted them
-- all for the data version. A row may now stand for many committed transactions: a compaction
-- (lib/queries/compactDataChanges.ts) replaces the older rows by one that carries their number, so the version
-- (the sum of commits and the newest xid) is the same before and after it, and moves with every new commit.
ALTER TABLE "data_change" ADD COLUMN "commits" BIGINT NOT NULL DEFAULT 1;
