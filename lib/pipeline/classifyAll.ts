// Re-label every stored passage with the active model. Reviewers' labels stay as they are; only the
// model's own columns change under them. Labelled in worker threads, one per core (labellingPool.ts).
// A slice of articles at a time, each saved in its own transaction while the next is labelled: the whole
// corpus in memory and in one transaction did not fit a million passages. Each slice leaves its articles and
// the statistics consistent, so an interrupted run leaves some articles re-labelled and the rest as they were,
// and running it again finishes the job.
import { LabellingPool } from "./labellingPool";
import { listArticlePassagesAfter } from "../queries/reads";
import { type ModelLabel, saveModelLabels } from "../queries/writes";
import type { LoadedModel } from "./loadModel";

export interface ClassifyAllSummary { passages: number; changed: number; human: number; version: number | null }

/** Articles per slice: about 25,000 passages of the synthetic corpus, a few seconds of labelling on two cores. */
const ARTICLES_PER_SLICE = 500;

/** `onProgress`: passages re-labelled so far, after each slice is saved. */
export async function classifyAll(loaded: LoadedModel, options: { articlesPerSlice?: number; onProgress?: (passages: number) => void } = {}): Promise<ClassifyAllSummary> {
  const summary: ClassifyAllSummary = { passages: 0, changed: 0, human: 0, version: loaded.version };
  // every core labels: nothing else needs them while a corpus is re-labelled
  const pool = LabellingPool.open(loaded.model);
  let saving: Promise<void> = Promise.resolve();
  try {
    for (let after = 0; ;) {
      const articles = await listArticlePassagesAfter(after, options.articlesPerSlice ?? ARTICLES_PER_SLICE);
      if (!articles.length) break;
      after = articles.at(-1)!.articleId;
      const labelled = await pool.label(articles.map((a) => a.passages.map((p) => p.text)));
      const labels: ModelLabel[] = [];
      for (const [a, { passages }] of articles.entries()) {
        passages.forEach((p, i) => {
          const { prediction, speaker } = labelled[a][i];
          if (p.labelSource === "human") summary.human += 1;
          else if (p.framing !== prediction.label) summary.changed += 1;
          labels.push({
            id: p.id, framing: prediction.label, confidence: prediction.confidence, modelVersion: loaded.version,
            speakerName: speaker?.name ?? null, speakerRole: speaker?.role ?? null,
          });
        });
      }
      await saving;
      saving = saveModelLabels(labels).then(() => {
        summary.passages += labels.length;
        options.onProgress?.(summary.passages);
      });
      // awaited before the next slice is saved: a failure meanwhile must not count as unhandled
      saving.catch(() => undefined);
    }
    await saving;
  } finally {
    await saving.catch(() => undefined);
    await pool.close();
  }
  return summary;
}
