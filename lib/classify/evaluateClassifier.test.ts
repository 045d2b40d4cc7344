import assert from "node:assert/strict";
import { test } from "node:test";
import { majorityClass } from "./baselines";
import { type Example, heldOutPredictions, kFoldSplits, subjectSplits, type Trainer } from "./evaluate";

const examples: Example[] = ["tibet", "tibet", "labour", "labour", "labour", "epidemic"].map((subject, i) => ({
  text: `passage ${i}`, label: i % 2 ? "critical" : "official", subject,
}));

test("leave-one-subject-out never trains on the subject it tests", () => {
  const splits = subjectSplits(examples);
  assert.deepEqual(splits.map((s) => s.subject), ["epidemic", "labour", "tibet"]);
  const seen: string[][] = [];
  const spy: Trainer = (train) => {
    seen.push([...new Set(train.map((e) => e.subject!))].sort());
    return majorityClass(train);
  };
  const predictions = heldOutPredictions(examples, spy, splits.map((s) => s.indices));
  assert.deepEqual(seen, [["labour", "tibet"], ["epidemic", "tibet"], ["epidemic", "labour"]]);
  assert.equal(predictions.length, examples.length);
});

test("k folds cover every example exactly once", () => {
  const folds = kFoldSplits(23, 5);
  assert.equal(folds.length, 5);
  assert.deepEqual(folds.flat().sort((a, b) => a - b), Array.from({ length: 23 }, (_, i) => i));
});

test("the majority baseline always answers the commonest training label", () => {
  const model = majorityClass(examples.filter((e) => e.label === "critical" || e.subject === "tibet"));
  assert.equal(model.predict("anything at all").label, "critical");
});
