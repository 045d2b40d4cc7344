// The dashboard's reads, remembered while the database is unchanged (lib/cache/memoBySnapshot.ts). At 1M
// passages keyness takes hundreds of milliseconds of a core; sixteen people on the same view need it once.
import { createSnapshotMemo } from "../cache/memoBySnapshot";
import { getEnv } from "../env";
import { getSnapshotId } from "./getSnapshotId";

export const rememberedReads = createSnapshotMemo({
  snapshot: getSnapshotId,
  enabled: () => getEnv().RESPONSE_CACHE === "on",
  capacity: 500,
});
