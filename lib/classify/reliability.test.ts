import assert from "node:assert/strict";
import { test } from "node:test";
import type { Scored } from "./calibrate";
import { crossFittedRescale, heldOutCalibration, highConfidenceErrors, reliabilityBins } from "./reliability";

const sure = (actual: "official" | "critical", right: boolean, group: string): Scored & { group: string } => ({
  actual, group,
  scores: right ? { official: actual === "official" ? 0.97 : 0.02, critical: actual === "critical" ? 0.97 : 0.02, testimony: 0.01 }
    : { official: actual === "official" ? 0.02 : 0.97, critical: actual === "critical" ? 0.02 : 0.97, testimony: 0.01 },
});

test("reliability bins count predictions by confidence and say how often each bin was right", () => {
  const bins = reliabilityBins([sure("official", true, "a"), sure("official", false, "a"), { actual: "critical", scores: { official: 0.3, critical: 0.55, testimony: 0.15 } }]);
  assert.equal(bins.length, 10);
  assert.deepEqual({ count: bins[9].count, accuracy: bins[9].accuracy }, { count: 2, accuracy: 0.5 });
  assert.equal(bins[5].count, 1);
  assert.equal(bins[5].accuracy, 1);
  assert.equal(bins.reduce((s, b) => s + b.count, 0), 3);
});

test("errors at high confidence are counted against every prediction judged", () => {
  const predictions = [sure("official", true, "a"), sure("official", false, "a"), sure("critical", true, "a"), sure("critical", true, "a")];
  assert.deepEqual(highConfidenceErrors(predictions), { threshold: 0.9, count: 1, share: 0.25, total: 4 });
});

test("each group is rescaled by a temperature fitted on the other groups only", () => {
  // group a is always right, group b right three times in four: a temperature fitted on a alone leaves b overconfident
  const a = Array.from({ length: 40 }, () => sure("official", true, "a"));
  const b = Array.from({ length: 40 }, (_, i) => sure("critical", i % 4 !== 0, "b"));
  const rescaled = crossFittedRescale([...a, ...b], (p) => p.group);
  const bConfidence = Math.max(...Object.values(rescaled[40].scores));
  const aConfidence = Math.max(...Object.values(rescaled[0].scores));
  // b's temperature came from a (always right): b keeps its overconfidence; a's from b (often wrong): a is softened
  assert.ok(bConfidence > 0.9, `b ${bConfidence}`);
  assert.ok(aConfidence < 0.9, `a ${aConfidence}`);
  const report = heldOutCalibration([...a, ...b], (p) => p.group);
  assert.equal(report.highConfidenceErrorsBefore.count, 10);
  assert.ok(report.after.ece > 0 && report.reliability.length === 10);
});
