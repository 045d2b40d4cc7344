import assert from "node:assert/strict";
import { test } from "node:test";
import { scorePredictions } from "./evaluate";

test("precision, recall, F1 and the confusion matrix match a hand count", () => {
  // official: 3 actual, 2 right, 1 predicted critical; critical: 2 actual, both right;
  // testimony: 1 actual, predicted official.
  const m = scorePredictions([
    { actual: "official", predicted: "official" }, { actual: "official", predicted: "official" },
    { actual: "official", predicted: "critical" }, { actual: "critical", predicted: "critical" },
    { actual: "critical", predicted: "critical" }, { actual: "testimony", predicted: "official" },
  ]);
  assert.equal(m.accuracy, 4 / 6);
  assert.equal(m.confusion.official.critical, 1);
  assert.equal(m.confusion.testimony.official, 1);
  // official: P = 2/3, R = 2/3; critical: P = 2/3, R = 1; testimony: P = 0, R = 0
  assert.equal(m.perClass.official.precision, 2 / 3);
  assert.equal(m.perClass.official.recall, 2 / 3);
  assert.equal(m.perClass.critical.precision, 2 / 3);
  assert.equal(m.perClass.critical.recall, 1);
  assert.ok(Math.abs(m.perClass.critical.f1 - 0.8) < 1e-12);
  assert.equal(m.perClass.testimony.f1, 0);
  assert.ok(Math.abs(m.macroF1 - (2 / 3 + 0.8 + 0) / 3) < 1e-12);
});
