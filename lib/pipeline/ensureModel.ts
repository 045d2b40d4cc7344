// The active model, training and storing one first if the database has none.
import { type LoadedModel, loadActiveModel } from "./loadModel";
import { trainAndStore } from "./trainAndStore";

export async function ensureModel(onProgress?: (m: string) => void): Promise<LoadedModel> {
  const active = await loadActiveModel();
  if (active) return active;
  // Naive Bayes only: natural's logistic regression takes minutes per fit here (`npm run train -- --compare`).
  onProgress?.("no classifier stored yet: training and evaluating naive Bayes (about half a minute)");
  const { model, version } = await trainAndStore({ onProgress, algorithms: ["bayes"] });
  return { model, version };
}
