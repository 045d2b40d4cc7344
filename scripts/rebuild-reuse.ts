// npm run rebuild-reuse   Recompute text reuse (fingerprints, links, clusters) for every stored passage, article
// by article in the order they were stored (lib/queries/reuse/rebuildReuse.ts). Ingest keeps reuse up to date
// as it writes; this is for passages stored before reuse detection existed or while REUSE_DETECTION was off,
// and after changing REUSE_MIN_WORDS or REUSE_MAX_ARTICLES. While it runs the Reuse view shows what is rebuilt so far.
import { rebuildReuse } from "../lib/queries/reuse";
import { openDatabase } from "./support/session";

const session = await openDatabase();
try {
  const started = Date.now();
  const { passages, links } = await rebuildReuse(undefined, (n) => process.stdout.write(`\r${n} passages…`));
  console.log(`\rfound ${links} reuse links among ${passages} passages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await session.close();
}
