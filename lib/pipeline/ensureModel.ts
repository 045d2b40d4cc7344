// The active model, training and storing one first if the database has none.
import { type LoadedModel, loadActiveModel } from "./loadModel";
import { trainAndStore } from "./trainAndStore";

export async function ensureModel(onProgress?: (m: string) => void): Promise<LoadedModel> {
  const active = await loadActiveModel();
  if (active) return active;
  // First start trains naive Bayes only (seconds); `npm run train` also cross-validates logistic regression
  // (minutes on 2 cores) and keeps whichever measures better.
  onProgress?.("no classifier stored yet: training naive Bayes (npm run train compares algorithms)");
  const { model, version } = await trainAndStore({ onProgress, algorithms: ["bayes"] });
  return { model, version };
}
