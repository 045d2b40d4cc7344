import assert from "node:assert/strict";
import { test } from "node:test";
import { alignTokens } from "./alignTokens";
import { ALIGNMENT_SCORING } from "./reuseParameters";

const ids = (s: string) => s.split(" ").map((w) => w.charCodeAt(0) * 1000 + w.length);

test("the shared run inside two different sequences is the aligned region", () => {
  const a = [1, 2, 3, 10, 11, 12, 13, 14, 15, 4, 5];
  const b = [7, 8, 10, 11, 12, 13, 14, 15, 9];
  const found = alignTokens(a, b, ALIGNMENT_SCORING)!;
  assert.deepEqual([found.aStart, found.aEnd, found.bStart, found.bEnd, found.matches], [3, 9, 2, 8, 6]);
});

test("a changed word and an inserted word are aligned through", () => {
  const a = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
  const b = [10, 11, 99, 13, 14, 15, 77, 16, 17, 18, 19];
  const found = alignTokens(a, b, ALIGNMENT_SCORING)!;
  assert.deepEqual([found.aStart, found.aEnd, found.bStart, found.bEnd, found.matches], [0, 10, 0, 11, 9]);
});

test("nothing in common: no alignment", () => {
  assert.equal(alignTokens([1, 2, 3], [4, 5, 6], ALIGNMENT_SCORING), null);
  assert.equal(alignTokens([], ids("a b"), ALIGNMENT_SCORING), null);
});

test("cut back to runs of minRun matches: a chance match past a few differing words does not lengthen the span", () => {
  // 10 shared words, three different ones, then two that match by chance ("in the")
  const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 21, 30, 31];
  const b = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40, 41, 30, 31];
  const loose = alignTokens(a, b, ALIGNMENT_SCORING)!;
  assert.equal(loose.matches, 12);
  const cut = alignTokens(a, b, ALIGNMENT_SCORING, 3)!;
  assert.deepEqual([cut.aStart, cut.aEnd, cut.bStart, cut.bEnd, cut.matches], [0, 10, 0, 10, 10]);
  assert.equal(alignTokens([1, 2, 9, 3, 4], [1, 2, 8, 3, 4], ALIGNMENT_SCORING, 3), null, "no run of three");
});
