// Inputs already expanded by collectInputFiles → one job each. The singletonKey is the absolute path (or the
// address), so the same file named through another relative path is still one job.
import path from "node:path";
import type PgBoss from "pg-boss";
import type { ArticleMeta } from "../ingest/types";
import { INGEST_QUEUE, type IngestJob } from "./ingestJob";

export async function enqueueInputs(boss: PgBoss, inputs: string[], flags: ArticleMeta = {}, options: { fetch?: boolean; collection?: string } = {}): Promise<{ queued: number; alreadyQueued: number }> {
  let queued = 0;
  for (const input of inputs) {
    const key = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : path.resolve(input);
    const job: IngestJob = { input: key, flags, fetch: options.fetch ?? true, ...(options.collection ? { collection: options.collection } : {}) };
    // send() answers null when a job with this key is still waiting: the queue policy refused a duplicate (the
    // same input for another collection is another job)
    const id = await boss.send(INGEST_QUEUE, job, { singletonKey: options.collection ? `${key} → ${options.collection}` : key });
    if (id) queued += 1;
  }
  return { queued, alreadyQueued: inputs.length - queued };
}
