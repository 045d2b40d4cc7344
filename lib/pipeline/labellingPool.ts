// Classification over every core: labelArticle is pure CPU work (tokenizing, stemming, speaker rules, the
// model), so re-labelling a corpus runs it in worker threads, one per core, each with its own copy of the model.
// Articles go out in chunks, whichever worker is free takes the next, and the labels come back in input order.
// Used where nothing else needs the cores: re-labelling a stored corpus (classifyAll) and the benchmark's
// "classification alone". Workers load the TypeScript sources through tsx, which every script here runs under.
import os from "node:os";
import type { Worker } from "node:worker_threads";
import type { LabelledText } from "../classify/labelArticle";
import type { FramingModel } from "../classify/model";
import { startTypeScriptWorker } from "./typeScriptWorker";

/** Articles per message: large enough that copying them to a worker is a small part of labelling them. */
const CHUNK_ARTICLES = 50;

type Reply = { id: number; labelled?: LabelledText[][]; error?: string };

export class LabellingPool {
  private readonly workers: Worker[];
  private nextId = 0;

  private constructor(model: FramingModel, readonly threads: number) {
    this.workers = Array.from({ length: threads }, () => startTypeScriptWorker("lib/pipeline/labellingWorker.ts", { workerData: { model: model.serialize() } }));
  }

  /** One worker per core unless told otherwise. */
  static open(model: FramingModel, threads = os.availableParallelism()): LabellingPool {
    return new LabellingPool(model, Math.max(1, threads));
  }

  /** Each article's passages labelled in reading order, as labelArticle labels them. */
  async label(articles: string[][]): Promise<LabelledText[][]> {
    const chunks: number[] = [];
    for (let start = 0; start < articles.length; start += CHUNK_ARTICLES) chunks.push(start);
    const out: LabelledText[][] = new Array(articles.length);
    let next = 0;
    const drain = async (worker: Worker) => {
      while (next < chunks.length) {
        const start = chunks[next++];
        const labelled = await this.send(worker, articles.slice(start, start + CHUNK_ARTICLES));
        labelled.forEach((l, i) => { out[start + i] = l; });
      }
    };
    await Promise.all(this.workers.map(drain));
    return out;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private send(worker: Worker, articles: string[][]): Promise<LabelledText[][]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        cleanUp();
        if (reply.error !== undefined) reject(new Error(`labelling worker: ${reply.error}`));
        else resolve(reply.labelled!);
      };
      const onError = (e: Error) => { cleanUp(); reject(e); };
      const onExit = (code: number) => { cleanUp(); reject(new Error(`labelling worker exited (code ${code})`)); };
      const cleanUp = () => { worker.off("message", onMessage); worker.off("error", onError); worker.off("exit", onExit); };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id, articles });
    });
  }
}
