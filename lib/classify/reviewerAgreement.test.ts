import assert from "node:assert/strict";
import { test } from "node:test";
import type { Example, Trainer } from "./evaluate";
import { reviewerAgreement } from "./reviewerAgreement";

test("every reviewed passage is predicted by a model that did not train on it, and nothing else is scored", () => {
  const examples: Example[] = [
    ...Array.from({ length: 20 }, (_, i) => ({ text: `written ${i}`, label: "official" as const, subject: "tibet" })),
    ...Array.from({ length: 12 }, (_, i) => ({ text: `reviewed ${i}`, label: (i % 2 ? "critical" : "testimony") as "critical" | "testimony", subject: "reviewed" })),
  ];
  const leaks: string[] = [];
  const trainer: Trainer = (train) => {
    const seen = new Set(train.map((e) => e.text));
    return {
      predict(text) {
        if (seen.has(text)) leaks.push(text);
        const label = Number(text.split(" ")[1]) % 2 ? "critical" : "testimony";
        return { label, scores: { official: 0, critical: label === "critical" ? 1 : 0, testimony: label === "testimony" ? 1 : 0 } };
      },
    };
  };
  const agreement = reviewerAgreement(examples, (e) => e.subject === "reviewed", trainer)!;
  assert.deepEqual(leaks, []);
  assert.equal(agreement.reviewed, 12);
  assert.equal(agreement.metrics.examples, 12);
  assert.equal(agreement.metrics.accuracy, 1);
  assert.ok(agreement.accuracyInterval.low > 0.7 && agreement.accuracyInterval.high === 1);
  assert.equal(reviewerAgreement(examples.slice(0, 20), (e) => e.subject === "reviewed", trainer), null);
});
