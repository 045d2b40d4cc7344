// Train on data/training and the reviewers' labels, store the model as the next active version in the
// database and as a file.
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "../env";
import { trainBestModel, type TrainingReport } from "../classify/trainBestModel";
import type { Algorithm, FramingModel } from "../classify/model";
import { saveClassifierModel } from "../queries/saveClassifierModel";
import { trainingExamples } from "./trainingExamples";

export { TRAINING_DIR } from "./trainingExamples";

export async function trainAndStore(options: { algorithms?: readonly Algorithm[]; folds?: number; onProgress?: (m: string) => void } = {}): Promise<{ model: FramingModel; version: number; report: TrainingReport; file: string; reviewed: number }> {
  const { examples, reviewed } = await trainingExamples();
  options.onProgress?.(`${examples.length} examples, ${reviewed} of them labelled by reviewers`);
  const { model, report } = trainBestModel(examples, { ...options, threshold: getEnv().UNCERTAIN_BELOW });
  const serialized = model.serialize();
  const { version } = await saveClassifierModel({
    algorithm: model.algorithm, trainingSize: examples.length, serialized,
    metrics: JSON.parse(JSON.stringify(report)),
  });
  const file = getEnv().MODEL_PATH;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ version, algorithm: model.algorithm, trainedAt: new Date().toISOString(), report, serialized }));
  return { model, version, report, file, reviewed };
}
