// Train on data/training and the reviewers' labels and store the model as the next active version, with no
// comparison: the first model (`npm start`, lib/pipeline/ensureModel.ts). Retraining goes through the gate
// (./retrainWithGate.ts).
import { getEnv } from "../env";
import { trainBestModel, type TrainingReport } from "../classify/trainBestModel";
import type { Algorithm, FramingModel } from "../classify/model";
import { storeModelVersion } from "./storeModelVersion";
import { trainingExamples } from "./trainingExamples";

export { TRAINING_DIR } from "./trainingExamples";

export async function trainAndStore(options: { algorithms?: readonly Algorithm[]; folds?: number; onProgress?: (m: string) => void } = {}): Promise<{ model: FramingModel; version: number; report: TrainingReport; file: string; reviewed: number }> {
  const { examples, reviewed, human } = await trainingExamples();
  options.onProgress?.(`${examples.length} examples, ${reviewed} of them labelled by reviewers`);
  const { model, report } = trainBestModel(examples, { ...options, threshold: getEnv().UNCERTAIN_BELOW });
  const { version, file } = await storeModelVersion(model, report, human.map((h) => h.id));
  return { model, version, report, file, reviewed };
}
