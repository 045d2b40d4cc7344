import assert from "node:assert/strict";
import { test } from "node:test";
import { bootstrapMacroF1, wilsonInterval } from "./intervals";

test("the Wilson interval matches the textbook values and stays inside 0..1", () => {
  // 8 of 10: 0.490–0.943 (Newcombe 1998, Table I)
  const i = wilsonInterval(8, 10);
  assert.ok(Math.abs(i.low - 0.4902) < 0.001 && Math.abs(i.high - 0.9433) < 0.001, JSON.stringify(i));
  const all = wilsonInterval(30, 30);
  assert.ok(all.high === 1 && all.low > 0.88 && all.low < 0.89, JSON.stringify(all));
  assert.deepEqual(wilsonInterval(0, 0), { low: 0, high: 1 });
});

test("the bootstrap interval of macro-F1 holds the observed score, narrows with more passages and repeats", () => {
  const pairs = (n: number) => Array.from({ length: n }, (_, i) => ({ actual: (["official", "critical", "testimony"] as const)[i % 3], predicted: (["official", "critical", "testimony"] as const)[i % 5 === 0 ? (i + 1) % 3 : i % 3] }));
  const small = bootstrapMacroF1(pairs(30));
  const large = bootstrapMacroF1(pairs(600));
  assert.ok(small.low < 0.8 && small.high > 0.8, JSON.stringify(small));
  assert.ok(large.high - large.low < small.high - small.low);
  assert.deepEqual(bootstrapMacroF1(pairs(30)), small);
});
