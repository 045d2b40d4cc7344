// The worker thread of readWithBudget.ts: reads bytes into raw articles and parses raw articles, the CPU work
// of ingestion that untrusted input can make long, so the main thread can stop it.
import { parentPort } from "node:worker_threads";
import { parseRawArticle } from "../ingest/parseRawArticle";
import { type InputBytes, readInputBytes } from "../ingest/readers/readInputBytes";
import type { RawArticle } from "../ingest/types";

export type ReadingTask =
  | { op: "bytes"; input: InputBytes }
  | { op: "parse"; raw: RawArticle; fallbackTitle: string };

parentPort!.on("message", ({ id, task }: { id: number; task: ReadingTask }) => {
  try {
    const result = task.op === "bytes" ? readInputBytes(task.input) : parseRawArticle(task.raw, task.fallbackTitle);
    parentPort!.postMessage({ id, result });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
parentPort!.postMessage({ ready: true });
