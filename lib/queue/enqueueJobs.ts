// Jobs from the browser (lib/api/ingestRequest.ts) → the queue, each carrying its address or its upload's
// bytes, never a path on the web server's disk. Each job is its own singleton (the queue's "short" policy
// keeps one waiting job per key): two uploads with one name are two inputs, and a repeated one comes back
// "unchanged". One INSERT for all of a request's jobs: queued all or none.
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import type { ArticleMeta } from "../ingest/types";
import { INGEST_QUEUE, type IngestJob, jobInputName, type Upload } from "./ingestJob";

/** `collection`: where every job's articles go (the default collection when absent). */
export async function enqueueJobs(boss: PgBoss, jobs: { input: string | Upload; flags: ArticleMeta }[], fetch = true, collection?: string): Promise<{ id: string; name: string }[]> {
  const inCollection = collection ? { collection } : {};
  const rows = jobs.map(({ input, flags }) => {
    const data: IngestJob = typeof input === "string" ? { input, flags, fetch, ...inCollection } : { upload: input, flags, fetch, ...inCollection };
    const id = randomUUID();
    return { id, name: INGEST_QUEUE, data, singletonKey: `web:${id}` };
  });
  await boss.insert(rows);
  return rows.map((r) => ({ id: r.id, name: jobInputName(r.data) }));
}
