// A trained model stored as the next active version: in the database, with the reviewed passages it learnt
// from, and as the model file the database-free commands read.
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "../env";
import type { TrainingReport } from "../classify/trainBestModel";
import type { FramingModel } from "../classify/model";
import { saveClassifierModel } from "../queries/writes";

export async function storeModelVersion(
  model: FramingModel, report: TrainingReport, reviewedPassageIds: number[], options: { replacing?: number | null } = {},
): Promise<{ version: number; file: string }> {
  const serialized = model.serialize();
  const { version } = await saveClassifierModel({
    algorithm: model.algorithm, trainingSize: report.trainingSize, serialized, reviewedPassageIds,
    metrics: JSON.parse(JSON.stringify(report)),
  }, options);
  const file = getEnv().MODEL_PATH;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ version, algorithm: model.algorithm, trainedAt: new Date().toISOString(), report, serialized }));
  return { version, file };
}
