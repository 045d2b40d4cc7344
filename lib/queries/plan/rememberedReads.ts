// The dashboard's reads, remembered while the database is unchanged (lib/cache/memoByDataVersion.ts). At 1M
// passages keyness takes hundreds of milliseconds of a core; sixteen people on the same view need it once.
import { createDataVersionMemo } from "../../cache/memoByDataVersion";
import { getEnv } from "../../env";
import { getDataVersion } from "../stats/getDataVersion";

export const rememberedReads = createDataVersionMemo({
  version: getDataVersion,
  enabled: () => getEnv().RESPONSE_CACHE === "on",
  capacity: 500,
});
