import { test } from "node:test";
import assert from "node:assert/strict";
import { addTermId, emptyTermIdIndex, findTermById, idHalves } from "./termIdIndex";
import { termId } from "./termId";

test("a term is found by its id's halves, and an id the cube lacks is not", () => {
  const stems = Array.from({ length: 5_000 }, (_, i) => `stem${i}`);
  const index = emptyTermIdIndex(10);
  stems.forEach((s, t) => addTermId(index, t, ...idHalves(termId(s))));
  assert.ok(index.slots.length >= 2 * stems.length, "the index grew to stay at most half full");
  stems.forEach((s, t) => assert.equal(findTermById(index, ...idHalves(termId(s))), t));
  assert.equal(findTermById(index, ...idHalves(termId("not a term"))), -1);
});

test("ids sharing their low half are told apart by the high half", () => {
  const index = emptyTermIdIndex(4);
  addTermId(index, 0, 1, 42);
  addTermId(index, 1, 2, 42);
  assert.equal(findTermById(index, 1, 42), 0);
  assert.equal(findTermById(index, 2, 42), 1);
  assert.equal(findTermById(index, 3, 42), -1);
});

test("an id's halves are its 64 bits, signed", () => {
  assert.deepEqual(idHalves("-1"), [-1, -1]);
  assert.deepEqual(idHalves(String(2n ** 32n + 5n)), [1, 5]);
  assert.deepEqual(idHalves(String(-(2n ** 63n))), [-(2 ** 31), 0]);
});
