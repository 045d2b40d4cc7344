import assert from "node:assert/strict";
import { test } from "node:test";
import { restoreModel, trainModel, VOICE_SMOOTHING } from "./model";
import { loadTrainingData } from "./trainingData";
import { BayesClassifier } from "../nlp";
import { voiceFeatures } from "./features";

const examples = loadTrainingData("data/training");

test("the training set is balanced over the three framings and several subjects", () => {
  for (const label of ["official", "critical", "testimony"] as const) {
    assert.ok(examples.filter((e) => e.label === label).length >= 100, label);
  }
  assert.ok(new Set(examples.map((e) => e.subject)).size >= 6);
});

test("naive Bayes scores sum to one and survive serialization exactly", () => {
  const model = trainModel(examples, "bayes");
  const restored = restoreModel(model.serialize());
  for (const text of [
    "“I was taken from my home at night and kept in a room with forty other women,” she said.",
    "The foreign ministry spokesperson said the centres were schools and the reports were lies.",
    "Satellite images analysed by researchers show the compound doubled in size in a year.",
  ]) {
    const a = model.predict(text);
    const b = restored.predict(text);
    assert.deepEqual(a, b);
    assert.ok(Math.abs(a.scores.official + a.scores.critical + a.scores.testimony - 1) < 1e-9);
    assert.equal(a.confidence, Math.max(a.scores.official, a.scores.critical, a.scores.testimony));
  }
});

test("clear cases of each voice get the right framing", () => {
  const model = trainModel(examples, "bayes");
  assert.equal(model.predict("“I was beaten by the guards every night and I still cannot sleep,” he recalled.").label, "testimony");
  assert.equal(model.predict("We firmly oppose any interference in our internal affairs, the ministry spokesperson told reporters.").label, "official");
  assert.equal(model.predict("Human Rights Watch said in a report that the detentions may amount to crimes against humanity and called for an independent inquiry.").label, "critical");
});

test("long passages do not underflow to meaningless scores", () => {
  const model = trainModel(examples, "bayes");
  const long = examples.slice(0, 12).map((e) => e.text).join(" ");
  const p = model.predict(long);
  assert.ok(Number.isFinite(p.confidence) && p.confidence > 0 && p.confidence <= 1);
});

test("naive Bayes trained from sparse counts keeps exactly the state natural's own dense training keeps", () => {
  const sample = examples.filter((_, i) => i % 7 === 0);
  const ours = JSON.parse(trainModel(sample, "bayes").serialize()).classifier;
  const reference = new BayesClassifier(undefined, VOICE_SMOOTHING);
  for (const { text, label } of sample) reference.addDocument([...voiceFeatures(text)], label);
  reference.train();
  assert.deepEqual(ours, { ...JSON.parse(JSON.stringify(reference)), docs: [] });
});
