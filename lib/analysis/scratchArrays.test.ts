import assert from "node:assert/strict";
import { test } from "node:test";
import { filledFloat64, zeroedUint32 } from "./scratchArrays";

test("a slot is handed back zeroed at the length asked, and slots of different names never share memory", () => {
  const first = zeroedUint32("a", 4);
  first.set([1, 2, 3, 4]);
  const other = zeroedUint32("b", 4);
  other.fill(9);
  assert.deepEqual([...zeroedUint32("a", 3)], [0, 0, 0]);
  assert.deepEqual([...zeroedUint32("b", 4)], [0, 0, 0, 0]);
  assert.deepEqual([...zeroedUint32("a", 6)], [0, 0, 0, 0, 0, 0], "grown");
  assert.ok(Number.isNaN(filledFloat64("a", 2, NaN)[1]), "a float slot named like an integer one is its own");
});
