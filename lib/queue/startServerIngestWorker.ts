// The web server works the ingest queue itself, so that articles added from the browser are read without a
// separate `npm run ingest -- --workers N`. Few workers (INGEST_SERVER_WORKERS, default 1) in the server's own
// process: reading and labelling an article takes milliseconds of CPU at a time and the rest is waiting on
// Postgres or a fetched page, so one or two keep the pages responsive. More capacity comes from worker
// processes elsewhere (`--workers N --wait`), which take the same jobs: a job carries its content.
import { setTimeout as sleep } from "node:timers/promises";
import { ensureModel } from "../pipeline/ensureModel";
import type { LoadedModel } from "../pipeline/loadModel";
import { messageOf } from "../pipeline/readInput";
import { getActiveModelVersion } from "../queries/reads";
import { runIngestWorkers } from "./runIngestWorkers";
import { serverIngestQueue } from "./serverIngestQueue";

const RETRY_AFTER_MS = 10_000;
const held = globalThis as typeof globalThis & { narrativeLensIngestWorker?: boolean };

export function startServerIngestWorker(workers: number): void {
  if (workers < 1 || held.narrativeLensIngestWorker) return;
  held.narrativeLensIngestWorker = true;
  let model: LoadedModel | null = null;
  // the model in force when a job is taken: reloaded only when `npm run train` has stored a newer one
  const currentModel = async () => {
    if (!model || model.version !== (await getActiveModelVersion())) model = await ensureModel((m) => console.error(`[ingest] ${m}`));
    return model;
  };
  void (async () => {
    for (;;) {
      try {
        const boss = await serverIngestQueue();
        await runIngestWorkers(boss, {
          workers, model: currentModel, wait: true, pollSeconds: 1,
          onOutcome: (o) => console.error(`[ingest] ${o.status} ${o.file}${o.status === "failed" ? `: ${o.error}` : ""}`),
        });
      } catch (e) {
        // the database went away: the workers stop; try again shortly rather than give up for the process's life
        console.error(`[ingest] the server's ingest worker stopped (${messageOf(e)}): retrying in ${RETRY_AFTER_MS / 1000} s`);
        await sleep(RETRY_AFTER_MS);
      }
    }
  })();
}
