// Reading and parsing an input under a time budget (INGEST_TIMEOUT_S). The work runs in one worker thread,
// reused from input to input (starting one costs about a second), and terminated when a task outlives the
// budget: no input, however hostile, can hang an ingest, and the next input gets a fresh worker. Tasks go to
// the worker one at a time, so the budget counts reading time, not time spent waiting behind another input.
// The worker loads the TypeScript sources through tsx (typeScriptWorker.ts), in a CLI and in the web server alike.
import type { Worker } from "node:worker_threads";
import { getEnv } from "../env";
import { IngestError } from "../ingest/ingestError";
import type { InputBytes } from "../ingest/readers/readInputBytes";
import type { ParsedArticle, RawArticle, ReadFailure } from "../ingest/types";
import type { ReadingTask } from "./readingWorker";
import { startTypeScriptWorker } from "./typeScriptWorker";

type Reply = { id: number; result?: unknown; error?: string };

let worker: { thread: Worker; ready: Promise<void> } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 0;
let starts = 0;

/** How many reader threads this process has started: one, plus one after each input that ran out of time. */
export function readerStarts(): number {
  return starts;
}

/** readInputBytes, in the worker, under the budget. */
export function readBytesWithBudget(input: InputBytes): Promise<(RawArticle | ReadFailure)[]> {
  return enqueue({ op: "bytes", input }) as Promise<(RawArticle | ReadFailure)[]>;
}

/** parseRawArticle, in the worker, under the budget. */
export function parseWithBudget(raw: RawArticle, fallbackTitle: string): Promise<ParsedArticle> {
  return enqueue({ op: "parse", raw, fallbackTitle }) as Promise<ParsedArticle>;
}

export function budgetMessage(seconds = getEnv().INGEST_TIMEOUT_S): string {
  return `took longer than ${seconds} s to read; skipped`;
}

function enqueue(task: ReadingTask): Promise<unknown> {
  const run = queue.then(() => runTask(task));
  queue = run.catch(() => {});
  return run;
}

async function runTask(task: ReadingTask): Promise<unknown> {
  const seconds = getEnv().INGEST_TIMEOUT_S;
  const current = worker ?? (worker = startWorker());
  current.thread.ref();
  try {
    await current.ready;
    return await send(current, task, seconds);
  } finally {
    current.thread.unref();
  }
}

function send(current: { thread: Worker }, task: ReadingTask, seconds: number): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const { thread } = current;
    const timer = setTimeout(() => {
      cleanUp();
      if (worker === current) worker = null;
      void thread.terminate();
      reject(new IngestError(budgetMessage(seconds)));
    }, seconds * 1000);
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      cleanUp();
      if (reply.error !== undefined) reject(new IngestError(reply.error));
      else resolve(reply.result);
    };
    const onExit = (code: number) => {
      cleanUp();
      if (worker === current) worker = null;
      reject(new IngestError(`the reader stopped (exit code ${code})`));
    };
    const cleanUp = () => { clearTimeout(timer); thread.off("message", onMessage); thread.off("exit", onExit); };
    thread.on("message", onMessage);
    thread.on("exit", onExit);
    thread.postMessage({ id, task });
  });
}

function startWorker(): { thread: Worker; ready: Promise<void> } {
  const thread = startTypeScriptWorker("lib/pipeline/readingWorker.ts");
  starts += 1;
  // an idle reader must not keep a finished CLI alive; a running task's timer does while it runs
  thread.unref();
  const ready = new Promise<void>((resolve, reject) => {
    const onReady = (m: { ready?: boolean }) => { if (m.ready) { thread.off("message", onReady); resolve(); } };
    thread.on("message", onReady);
    thread.once("error", (e: Error) => { if (worker?.thread === thread) worker = null; reject(new IngestError(`the reader could not start (${e.message})`)); });
    thread.once("exit", () => { if (worker?.thread === thread) worker = null; });
  });
  // the error is reported to whichever task awaits it
  ready.catch(() => {});
  return { thread, ready };
}
