// The ingest queue's connection: pg-boss in its own schema (created or upgraded by start(), under an advisory
// lock, so several processes may start at once) with the "ingest" queue in it.
import PgBoss from "pg-boss";
import { databaseUrl } from "../env";
import { INGEST_QUEUE, QUEUE_SCHEMA } from "./ingestJob";

export async function openIngestQueue(options: { onError?: (e: Error) => void } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl(),
    schema: QUEUE_SCHEMA,
    // no cron jobs here; maintenance stays on so a job whose worker died is failed once it expires
    schedule: false,
    // each worker holds at most one connection at a time (fetch, then complete or fail): a small pool will do
    max: 4,
  });
  // an "error" event nobody listens to would throw and end the process: pg-boss reports maintenance
  // hiccups this way, which are worth a line, not a crash
  boss.on("error", options.onError ?? ((e) => console.error(`[queue] ${e.message}`)));
  await boss.start();
  await boss.createQueue(INGEST_QUEUE, {
    name: INGEST_QUEUE,
    // "short": at most one *queued* job per singletonKey, so queueing a folder twice does not duplicate its
    // files; a file queued again while a worker has it is queued anew (it may have changed)
    policy: "short",
    // a file that failed fails the same way again: no automatic retries; queue it again to retry
    retryLimit: 0,
    // a feed whose pages are all fetched can take a while; past this an active job counts as abandoned
    expireInSeconds: 60 * 60,
  });
  return boss;
}
