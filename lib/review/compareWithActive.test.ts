import assert from "node:assert/strict";
import { test } from "node:test";
import type { Example, Trainer } from "../classify/evaluate";
import type { FramingLabel } from "../classify/labels";
import { compareWithActive, type ReviewedExample, scoreOf } from "./compareWithActive";

// Remembers every text it learnt and says "official" for any other: a prediction that is right on a text the
// model was not given would mean the text leaked into its training set.
const seen: Example[][] = [];
const memoriser: Trainer = (train) => {
  seen.push(train);
  const known = new Map(train.map((e) => [e.text, e.label]));
  return { predict: (text) => ({ label: known.get(text) ?? "official", scores: { official: 1, critical: 0, testimony: 0 } }) };
};
const training: Example[] = Array.from({ length: 30 }, (_, i) => ({ text: `training ${i}`, label: (["official", "critical", "testimony"] as const)[i % 3] }));
const reviewed: ReviewedExample[] = Array.from({ length: 10 }, (_, i) => ({ id: 100 + i, example: { text: `reviewed ${i}`, label: "testimony" }, seenByActive: i < 4 }));
const alwaysTestimony = { predict: () => ({ label: "testimony" as FramingLabel }) };

test("reviewed passages: the candidate's held-out predictions against the active model's, only on passages the active one never saw", () => {
  seen.length = 0;
  const c = compareWithActive({ training, reviewed, active: { version: 2, model: alwaysTestimony }, candidateTrainer: memoriser, activeTrainer: memoriser, folds: 5 });
  assert.equal(c.reviewed?.examples, 6);
  assert.equal(c.reviewedSeenByActive, 4);
  // the candidate never predicts a reviewed passage it learnt (it would answer "testimony"): held out
  assert.equal(c.reviewed?.candidate.accuracy, 0);
  assert.equal(c.reviewed?.active.accuracy, 1);
  assert.equal(c.activeVersion, 2);
});

test("reviewed passages: each fold's candidate learns all the training data and every other review", () => {
  seen.length = 0;
  compareWithActive({ training, reviewed, active: { version: 2, model: alwaysTestimony }, candidateTrainer: memoriser, activeTrainer: (t) => memoriser(t), folds: 5 });
  // five folds over the six unseen reviews, then five training folds with two fits each
  assert.equal(seen.length, 5 + 10);
  for (const set of seen.slice(0, 5)) assert.ok(training.every((t) => set.includes(t)), "the whole training set");
  // every fit lacks only its own fold of the six unseen reviews
  assert.equal(seen.slice(0, 5).reduce((n, s) => n + s.length, 0), 5 * (training.length + reviewed.length) - 6);
});

test("training folds: both recipes predict the same held-out training examples; the active recipe never learns an unseen review", () => {
  seen.length = 0;
  const c = compareWithActive({ training, reviewed, active: { version: 2, model: alwaysTestimony }, candidateTrainer: memoriser, activeTrainer: (t) => memoriser(t), folds: 5 });
  assert.equal(c.training.examples, training.length);
  // the memoriser is right on nothing held out: both sides at chance in the same way, so the scores are equal
  assert.equal(c.training.candidate.accuracy, c.training.active.accuracy);
  const trainingFits = seen.slice(5);
  const candidateSets = trainingFits.filter((_, i) => i % 2 === 0);
  const activeSets = trainingFits.filter((_, i) => i % 2 === 1);
  for (const set of activeSets) {
    for (const r of reviewed) assert.equal(set.some((e) => e.text === r.example.text), r.seenByActive, `${r.example.text} in the active recipe: only if it learnt it`);
  }
  for (const set of candidateSets) assert.ok(reviewed.every((r) => set.includes(r.example)), "the candidate recipe learns every review");
  assert.equal(candidateSets.reduce((n, s) => n + s.length, 0), 4 * training.length + 5 * reviewed.length, "each training example in k-1 folds");
});

test("with no new reviews one fit serves both recipes, and the reviewed leg is empty", () => {
  seen.length = 0;
  const c = compareWithActive({ training, reviewed: reviewed.map((r) => ({ ...r, seenByActive: true })), active: { version: 2, model: alwaysTestimony }, candidateTrainer: memoriser, activeTrainer: memoriser, folds: 5 });
  assert.equal(c.reviewed, null);
  assert.equal(c.reviewedSeenByActive, 10);
  assert.equal(seen.length, 5);
});

test("macro-F1 averages only the framings present", () => {
  const s = scoreOf([{ actual: "testimony", predicted: "testimony" }, { actual: "testimony", predicted: "official" }]);
  assert.equal(s.accuracy, 0.5);
  assert.ok(Math.abs(s.macroF1 - 2 / 3) < 1e-12, `testimony F1 alone: precision 1, recall 0.5 → ${s.macroF1}`);
});
