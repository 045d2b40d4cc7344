// The model trained on the project's passages alone, shipped in the repository: a fresh clone labels text
// with the same calibrated model whether it goes through the dashboard (stored as its first version), the
// dry run or `npm run classify`. `npm run train:base` writes it; a unit test fails when it no longer matches
// the training data and the code that turns text into features.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TrainingReport } from "../classify/trainBestModel";

export const BASE_MODEL_FILE = "data/classifier/base-model.json";

export interface BaseModel {
  /** sha256 of the training files it was trained on (trainingFingerprint) */
  fingerprint: string;
  algorithm: string;
  trainingSize: number;
  report: TrainingReport;
  serialized: string;
}

/** sha256 over the training files' paths and contents, in path order. */
export function trainingFingerprint(dir: string): string {
  const hash = crypto.createHash("sha256");
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".jsonl")).sort();
  for (const f of files) hash.update(`${f.split(path.sep).join("/")}\n`).update(fs.readFileSync(path.join(dir, f)));
  return hash.digest("hex");
}

/** Whether the shipped model was trained on the training files as they are now. */
export function isCurrentBaseModel(base: BaseModel, trainingDir: string): boolean {
  return base.fingerprint === trainingFingerprint(trainingDir);
}

export function readBaseModel(file = BASE_MODEL_FILE): BaseModel | null {
  // read from the project folder at run time, in the web server too: nothing for the bundler to trace
  if (!fs.existsSync(/* turbopackIgnore: true */ file)) return null;
  return JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, "utf8")) as BaseModel;
}

export function writeBaseModel(model: BaseModel, file = BASE_MODEL_FILE): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(model)}\n`);
}
