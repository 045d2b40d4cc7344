// The active model. A database without one stores the shipped base model as its first version when that
// model was trained on today's training data and there are no reviewers' labels to add, so the dashboard
// labels exactly as the dry run does; otherwise it trains and stores one.
import { restoreModel } from "../classify/model";
import { countHumanLabels } from "../queries/reads";
import { saveClassifierModel } from "../queries/writes";
import { BASE_MODEL_FILE, isCurrentBaseModel, readBaseModel } from "./baseModel";
import { type LoadedModel, loadActiveModel } from "./loadModel";
import { trainAndStore } from "./trainAndStore";
import { TRAINING_DIR } from "./trainingExamples";

export async function ensureModel(onProgress?: (m: string) => void): Promise<LoadedModel> {
  const active = await loadActiveModel();
  if (active) return active;
  const base = readBaseModel();
  if (base && isCurrentBaseModel(base, TRAINING_DIR) && (await countHumanLabels()) === 0) {
    const { version } = await saveClassifierModel({
      algorithm: base.algorithm, trainingSize: base.trainingSize, serialized: base.serialized, metrics: JSON.parse(JSON.stringify(base.report)),
    });
    onProgress?.(`stored the shipped model (${BASE_MODEL_FILE}) as version ${version}`);
    return { model: restoreModel(base.serialized), version };
  }
  // Naive Bayes only: natural's logistic regression takes minutes per fit here (`npm run train -- --compare`).
  onProgress?.("no classifier stored yet: training and evaluating naive Bayes (a minute or two)");
  const { model, version } = await trainAndStore({ onProgress, algorithms: ["bayes"] });
  return { model, version };
}
