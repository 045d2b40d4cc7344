// Re-label every stored passage with the active model. Reviewers' labels stay as they are; only the
// model's own columns change under them. Labelled in worker threads, one per core (labellingPool.ts).
import { LabellingPool } from "./labellingPool";
import { listArticlePassages } from "../queries/listArticlePassages";
import { type ModelLabel, saveModelLabels } from "../queries/saveModelLabels";
import type { LoadedModel } from "./loadModel";

export interface ClassifyAllSummary { passages: number; changed: number; human: number; version: number | null }

export async function classifyAll(loaded: LoadedModel): Promise<ClassifyAllSummary> {
  const articles = await listArticlePassages();
  const labels: ModelLabel[] = [];
  let changed = 0;
  let human = 0;
  // every core labels: nothing else needs them while a corpus is re-labelled
  const pool = LabellingPool.open(loaded.model);
  const labelledArticles = await pool.label(articles.map((passages) => passages.map((p) => p.text))).finally(() => pool.close());
  for (const [a, passages] of articles.entries()) {
    passages.forEach((p, i) => {
      const { prediction, speaker } = labelledArticles[a][i];
      if (p.labelSource === "human") human += 1;
      else if (p.framing !== prediction.label) changed += 1;
      labels.push({
        id: p.id, framing: prediction.label, confidence: prediction.confidence, modelVersion: loaded.version,
        speakerName: speaker?.name ?? null, speakerRole: speaker?.role ?? null,
      });
    });
  }
  await saveModelLabels(labels);
  return { passages: labels.length, changed, human, version: loaded.version };
}
