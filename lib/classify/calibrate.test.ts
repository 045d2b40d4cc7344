import assert from "node:assert/strict";
import { test } from "node:test";
import { calibrationQuality, fitTemperature, rescale, thresholdSplit, type Scored } from "./calibrate";
import { applyTemperature } from "./model";

// An overconfident model: always 99% sure, right three times in four.
const overconfident: Scored[] = Array.from({ length: 400 }, (_, i) => {
  const right = i % 4 !== 0;
  return { actual: right ? "official" : "critical", scores: { official: 0.99, critical: 0.005, testimony: 0.005 } };
});

test("temperature scaling softens an overconfident model and lowers its calibration error", () => {
  const t = fitTemperature(overconfident);
  assert.ok(t > 1, `temperature ${t}`);
  const before = calibrationQuality(overconfident);
  const after = calibrationQuality(rescale(overconfident, t));
  assert.ok(after.ece < before.ece / 2, `${before.ece} → ${after.ece}`);
  assert.ok(after.nll < before.nll);
  // the fitted confidence lands near the 75% the model actually achieves
  assert.ok(Math.abs(rescale(overconfident, t)[0].scores.official - 0.75) < 0.05);
});

test("temperature never changes which label wins, and scores still sum to one", () => {
  const scores = { official: 0.2, critical: 0.7, testimony: 0.1 };
  for (const t of [0.5, 1, 2, 10]) {
    const s = applyTemperature(scores, t);
    assert.ok(s.critical > s.official && s.official > s.testimony);
    assert.ok(Math.abs(s.official + s.critical + s.testimony - 1) < 1e-12);
  }
});

test("the uncertain threshold splits predictions into shares and accuracies", () => {
  const split = thresholdSplit([
    { actual: "official", scores: { official: 0.9, critical: 0.05, testimony: 0.05 } },
    { actual: "critical", scores: { official: 0.5, critical: 0.4, testimony: 0.1 } },
  ], 0.6);
  assert.deepEqual(split, { threshold: 0.6, uncertainShare: 0.5, accuracyBelow: 0, accuracyAbove: 1 });
});
