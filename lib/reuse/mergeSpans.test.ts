import assert from "node:assert/strict";
import { test } from "node:test";
import { mergeSpans } from "./mergeSpans";

test("overlapping and touching spans merge; apart ones stay apart, in order; empty ones go", () => {
  assert.deepEqual(mergeSpans([[40, 60], [0, 10], [5, 20], [20, 25], [30, 30]]), [[0, 25], [40, 60]]);
  assert.deepEqual(mergeSpans([]), []);
  assert.deepEqual(mergeSpans([[3, 9], [4, 5]]), [[3, 9]]);
});
