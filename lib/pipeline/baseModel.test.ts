import assert from "node:assert/strict";
import { test } from "node:test";
import { restoreModel, trainModel } from "../classify/model";
import { loadTrainingData } from "../classify/trainingData";
import { readBaseModel, trainingFingerprint } from "./baseModel";
import { TRAINING_DIR } from "./trainingExamples";

const STALE = "the shipped base model is out of date: run `npm run train:base` and commit data/classifier/base-model.json";

test("the shipped base model was trained on today's training data", () => {
  const base = readBaseModel();
  assert.ok(base, "data/classifier/base-model.json is missing: run `npm run train:base`");
  assert.equal(base.fingerprint, trainingFingerprint(TRAINING_DIR), STALE);
  assert.equal(base.trainingSize, loadTrainingData(TRAINING_DIR).length, STALE);
});

test("the shipped base model is what today's code trains from that data, with its evaluation's temperature", () => {
  const base = readBaseModel()!;
  const shipped = JSON.parse(base.serialized) as { classifier: unknown; temperature: number; algorithm: string };
  const retrained = JSON.parse(trainModel(loadTrainingData(TRAINING_DIR), "bayes").serialize()) as { classifier: unknown };
  assert.equal(shipped.algorithm, "bayes");
  // features come from lib/classify (tokenizer, voice markers, speakers): a change there changes what is learnt
  assert.deepEqual(shipped.classifier, retrained.classifier, STALE);
  assert.equal(shipped.temperature, base.report.calibration.temperature);
  const model = restoreModel(base.serialized);
  assert.equal(model.temperature, base.report.calibration.temperature);
});
