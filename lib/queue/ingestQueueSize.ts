// How many ingest jobs are waiting and how many a worker holds right now: for progress bars and tests.
import type PgBoss from "pg-boss";
import { INGEST_QUEUE } from "./ingestJob";

export async function ingestQueueSize(boss: PgBoss): Promise<{ waiting: number; active: number }> {
  // getQueueSize counts jobs in states before the one given: created and retry, then also active
  const waiting = await boss.getQueueSize(INGEST_QUEUE);
  const notDone = await boss.getQueueSize(INGEST_QUEUE, { before: "completed" });
  return { waiting, active: notDone - waiting };
}
