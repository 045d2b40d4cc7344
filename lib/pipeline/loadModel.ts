// The active model: from the database when one is stored, else from the model file.
import fs from "node:fs";
import { getEnv } from "../env";
import { restoreModel, trainModel, type FramingModel } from "../classify/model";
import { loadTrainingData } from "../classify/trainingData";
import { getActiveModel } from "../queries/getActiveModel";
import { TRAINING_DIR } from "./trainingExamples";

export interface LoadedModel { model: FramingModel; version: number | null }

export async function loadActiveModel(): Promise<LoadedModel | null> {
  const stored = await getActiveModel();
  return stored ? { model: restoreModel(stored.serialized), version: stored.version } : null;
}

/** For the database-free paths (dry run, `npm run classify`). */
export function loadModelFile(file = getEnv().MODEL_PATH): LoadedModel | null {
  if (!fs.existsSync(file)) return null;
  const { version, serialized } = JSON.parse(fs.readFileSync(file, "utf8")) as { version: number | null; serialized: string };
  return { model: restoreModel(serialized), version };
}

/** No model stored anywhere: a naive Bayes fit in about a second, uncalibrated, kept nowhere. */
export function temporaryModel(): LoadedModel {
  return { model: trainModel(loadTrainingData(TRAINING_DIR), "bayes"), version: null };
}
