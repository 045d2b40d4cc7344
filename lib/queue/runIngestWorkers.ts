// N workers in this process, each taking one job at a time until the queue has nothing waiting (or, with
// `wait`, until the signal aborts). They are async loops in one process rather than child processes: they
// share one model and one database pool, and an article's time is mostly spent waiting on Postgres or a
// fetched page. For more CPU, start more processes (on this machine or others): the queue hands each job to
// exactly one of them (pg-boss fetches with SELECT … FOR UPDATE SKIP LOCKED).
import { setTimeout as sleep } from "node:timers/promises";
import type PgBoss from "pg-boss";
import type { FileOutcome } from "../pipeline/ingestInputs";
import type { LoadedModel } from "../pipeline/loadModel";
import { INGEST_QUEUE } from "./ingestJob";
import { processIngestJob } from "./processIngestJob";

export interface WorkerOptions {
  workers: number;
  /** the model, or how to get the one in force when a job is taken (a long-running worker follows retraining) */
  model: LoadedModel | (() => Promise<LoadedModel>);
  /** keep polling for new jobs once the queue is empty, until `signal` aborts */
  wait?: boolean;
  signal?: AbortSignal;
  pollSeconds?: number;
  onOutcome?: (o: FileOutcome, worker: number) => void;
  onArticlesFound?: (input: string, count: number) => void;
}

export interface WorkersSummary { added: number; unchanged: number; failed: number; jobsFailed: number; jobsByWorker: number[] }

export async function runIngestWorkers(boss: PgBoss, options: WorkerOptions): Promise<WorkersSummary> {
  const summary: WorkersSummary = { added: 0, unchanged: 0, failed: 0, jobsFailed: 0, jobsByWorker: Array(options.workers).fill(0) };
  const work = async (worker: number) => {
    while (!options.signal?.aborted) {
      const [job] = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: 1 });
      if (!job) {
        if (!options.wait) return;
        await sleep((options.pollSeconds ?? 2) * 1000, undefined, { signal: options.signal }).catch(() => {});
        continue;
      }
      summary.jobsByWorker[worker] += 1;
      const model = typeof options.model === "function" ? await options.model() : options.model;
      const result = await processIngestJob(job.data, model, (o) => options.onOutcome?.(o, worker), options.onArticlesFound);
      summary.added += result.added;
      summary.unchanged += result.unchanged;
      summary.failed += result.failed;
      // each article's outcome is kept in the job's output, so whoever queued it can see what became of it
      const output = { added: result.added, unchanged: result.unchanged, failed: result.failed, articles: result.articles };
      if (result.error) {
        summary.jobsFailed += 1;
        await boss.fail(INGEST_QUEUE, job.id, { ...output, error: result.error });
      } else {
        await boss.complete(INGEST_QUEUE, job.id, output);
      }
    }
  };
  await Promise.all(summary.jobsByWorker.map((_, i) => work(i)));
  return summary;
}
