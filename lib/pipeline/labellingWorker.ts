// A worker thread of LabellingPool (labellingPool.ts): restores the model it is given once, then labels the
// articles each message carries, in order, exactly as labelArticle does on the main thread.
import { parentPort, workerData } from "node:worker_threads";
import { labelArticle } from "../classify/labelArticle";
import { restoreModel } from "../classify/model";

const model = restoreModel((workerData as { model: string }).model);

parentPort!.on("message", ({ id, articles }: { id: number; articles: string[][] }) => {
  try {
    parentPort!.postMessage({ id, labelled: articles.map((texts) => labelArticle(texts, model)) });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
