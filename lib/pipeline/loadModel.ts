// The active model: from the database when one is stored, else from the model file.
import fs from "node:fs";
import { getEnv } from "../env";
import { restoreModel, type FramingModel } from "../classify/model";
import { getActiveModel } from "../queries/reads";
import { BASE_MODEL_FILE, isCurrentBaseModel, readBaseModel } from "./baseModel";
import { TRAINING_DIR } from "./trainingExamples";

export interface LoadedModel { model: FramingModel; version: number | null }

export async function loadActiveModel(): Promise<LoadedModel | null> {
  const stored = await getActiveModel();
  return stored ? { model: restoreModel(stored.serialized), version: stored.version } : null;
}

/** The file `npm run train` writes (the dashboard's active model at that time), if there is one. */
export function loadModelFile(file = getEnv().MODEL_PATH): LoadedModel | null {
  if (!fs.existsSync(file)) return null;
  const { version, serialized } = JSON.parse(fs.readFileSync(file, "utf8")) as { version: number | null; serialized: string };
  return { model: restoreModel(serialized), version };
}

/**
 * For the database-free paths (dry run, `npm run classify`): the model `npm run train` last wrote, else the
 * shipped base model, which a fresh dashboard also stores as its first version. Says on `warn` which it is
 * when that is worth knowing.
 */
export function databaseFreeModel(warn: (message: string) => void): LoadedModel {
  const trained = loadModelFile();
  if (trained) return trained;
  const base = readBaseModel();
  if (!base) throw new Error(`no model: ${BASE_MODEL_FILE} is missing and ${getEnv().MODEL_PATH} does not exist (npm run train writes one)`);
  if (!isCurrentBaseModel(base, TRAINING_DIR)) {
    warn(`the shipped model (${BASE_MODEL_FILE}) was trained on other training data than data/training holds now: npm run train (or npm run train:base) trains on today's`);
  }
  return { model: restoreModel(base.serialized), version: null };
}
