// npm run rebuild-stats   Recompute every precomputed statistic (term, phrase and passage counts at every grain,
// the dictionary's totals, surface forms) from the stored passages, in one transaction
// (lib/queries/stats/rebuildStats.ts). Ingestion and relabelling keep the statistics exact as they write; this is for
// a database whose statistics cannot be trusted: restored from a dump taken mid-write or of an older version,
// repaired by hand in SQL, or suspected wrong.
import { rebuildStats } from "../lib/queries/stats";
import { countPassages } from "../lib/queries/reads";
import { openDatabase } from "./support/session";

/** A rebuild reads every passage: at a million passages it takes many minutes, and must not be cut short. */
const TIMEOUT_MS = 6 * 60 * 60_000;

const session = await openDatabase();
try {
  const passages = await countPassages();
  console.log(`rebuilding the statistics from ${passages} passages…`);
  const started = Date.now();
  await rebuildStats({ timeoutMs: TIMEOUT_MS });
  console.log(`rebuilt the statistics from ${passages} passages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await session.close();
}
