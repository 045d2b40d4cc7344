import assert from "node:assert/strict";
import { test } from "node:test";
import { everyMonth, monthsBetween } from "./everyMonth";

test("months between two months, across a year's end", () => {
  assert.deepEqual(monthsBetween("2019-11", "2020-02"), ["2019-11", "2019-12", "2020-01", "2020-02"]);
  assert.deepEqual(monthsBetween("2020-05", "2020-05"), ["2020-05"]);
  assert.deepEqual(monthsBetween("2020-06", "2020-05"), []);
});

test("gaps become zero months, in order, and the rows given are kept as they are", () => {
  const row = (month: string, official: number) => ({ month, official, critical: 1, testimony: 0, total: official + 1 });
  const filled = everyMonth([row("2020-03", 2), row("2019-12", 5)]);
  assert.deepEqual(filled.map((r) => r.month), ["2019-12", "2020-01", "2020-02", "2020-03"]);
  assert.deepEqual(filled[1], { month: "2020-01", official: 0, critical: 0, testimony: 0, total: 0 });
  assert.equal(filled[0].official, 5);
  assert.deepEqual(everyMonth([]), []);
});
