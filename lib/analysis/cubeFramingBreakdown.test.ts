import assert from "node:assert/strict";
import { test } from "node:test";
import { framingByMonthFromCube, framingByOutletFromCube } from "./cubeFramingBreakdown";
import { monthIndex, monthLabel, UNDATED_MONTH } from "./statsCube";
import { twoFramingCube } from "./statsCube.fixture";

/** Passage cells: [framing, outlet id, month, passages]. */
function cubeWith(cells: [number, number, number, number][]) {
  const cube = twoFramingCube([{ stem: "camp", a: 1, b: 1 }]);
  cube.outletIds = new Map([["Beta", 2], ["Alpha", 1], ["alpha", 3]]);
  cube.passageCells = {
    collection: Int32Array.from(cells, () => 1), framing: Uint8Array.from(cells, (c) => c[0]), outletId: Int32Array.from(cells, (c) => c[1]), month: Int32Array.from(cells, (c) => c[2]),
    passages: Float64Array.from(cells, (c) => c[3]), tokens: Float64Array.from(cells, (c) => c[3] * 20),
  };
  return cube;
}

const [jan, apr] = [monthIndex("2019-01"), monthIndex("2019-04")];

test("passages by outlet: by total, ties by name in byte order, outlets without passages left out", () => {
  const cube = cubeWith([[0, 1, jan, 2], [1, 2, jan, 1], [2, 2, apr, 1], [1, 3, UNDATED_MONTH, 2], [0, 2, apr, 0]]);
  assert.deepEqual(framingByOutletFromCube(cube, {}), [
    { outlet: "Alpha", official: 2, critical: 0, testimony: 0, total: 2 },
    { outlet: "Beta", official: 0, critical: 1, testimony: 1, total: 2 },
    { outlet: "alpha", official: 0, critical: 2, testimony: 0, total: 2 },
  ]);
  // a range of months leaves the undated article out; a framing filter keeps only its column
  assert.deepEqual(framingByOutletFromCube(cube, { from: "2019-01" }).map((r) => r.outlet), ["Alpha", "Beta"]);
  assert.deepEqual(framingByOutletFromCube(cube, { framing: ["testimony"] }), [{ outlet: "Beta", official: 0, critical: 0, testimony: 1, total: 1 }]);
});

test("passages by month: every month from the first to the last, undated passages left out", () => {
  const cube = cubeWith([[0, 1, jan, 2], [2, 2, apr, 1], [1, 3, UNDATED_MONTH, 2]]);
  assert.deepEqual(framingByMonthFromCube(cube, {}).map((r) => [r.month, r.official, r.testimony, r.total]), [
    ["2019-01", 2, 0, 2], ["2019-02", 0, 0, 0], ["2019-03", 0, 0, 0], ["2019-04", 0, 1, 1],
  ]);
  assert.deepEqual(framingByMonthFromCube(cube, { outlet: ["Nobody"] }), []);
  assert.equal(monthLabel(monthIndex("0987-12")), "0987-12");
});
