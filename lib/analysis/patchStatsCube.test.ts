import assert from "node:assert/strict";
import { test } from "node:test";
import { type ChangedRows, patchStatsCube, unusedRows, yearBlock } from "./patchStatsCube";
import { twoFramingCube } from "./statsCube.fixture";
import { ALL_TIME_CELL, byCountColumn, type CellRows, cellsOf, type StatsCube, stemOf } from "./statsCube";

const [JAN, FEB] = [24_240, 24_241];

/**
 * Framing 0 ("official") in outlet 1, January and February, as a load lays them out (views of one set of
 * arrays), with its coarsest cell their sum; framing 1 has a coarsest cell only.
 */
function cubeOfTwoMonths(): StatsCube {
  // terms: 0 camp, 1 school, 2 train
  const cube = twoFramingCube([{ stem: "camp", a: 5, b: 1 }, { stem: "school", a: 2, b: 0 }, { stem: "train", a: 0, b: 4 }]);
  const [term, count] = [Int32Array.from([0, 1, 0]), Uint16Array.from([3, 2, 2])];
  const view = (start: number, end: number): CellRows =>
    ({ term: term.subarray(start, end), ...byCountColumn(() => count.subarray(start, end)) });
  cube.finest = {
    cells: { collection: Int32Array.from([1, 1]), framing: Uint8Array.from([0, 0]), outletId: Int32Array.from([1, 1]), month: Int32Array.from([JAN, FEB]) },
    rows: [view(0, 2), view(2, 3)],
  };
  cube.coarsest.rows[0].passages.set(cube.coarsest.rows[0].count);
  cube.years = yearBlock(cube.finest, cube.terms.count);
  return cube;
}

function changed(rows: [framing: number, month: number, term: number, count: number][]): ChangedRows {
  const column = (i: number) => Int32Array.from(rows, (r) => r[i]);
  return {
    length: rows.length, collection: Int32Array.from(rows, () => 1), framing: Uint8Array.from(rows, (r) => r[0]), outletId: Int32Array.from(rows, () => 1), month: column(1),
    term: column(2), ...byCountColumn(() => column(3)),
  };
}

const cellContents = (cube: StatsCube, block: "finest" | "coarsest" | "years") =>
  cube[block].rows.map((r, c) => [cube[block].cells.framing[c], cube[block].cells.month[c], Array.from(r.term, (t, i) => `${stemOf(cube, t)} ${r.count[i]}`)]);

test("the changed outlet-month's cells are replaced and each framing's coarsest cell changes by the difference", () => {
  const cube = cubeOfTwoMonths();
  // January now: camp 1 (was 3), school gone (was 2), train 4 (new there); and framing 1 appears in January with camp 2
  const patched = patchStatsCube(cube, {
    version: "2:2", snapshot: "2:2:", outletMonths: [{ outletId: 1, month: JAN }],
    rows: changed([[0, JAN, 2, 4], [0, JAN, 0, 1], [1, JAN, 0, 2]]), passageCells: cube.passageCells, outletIds: cube.outletIds, collectionIds: cube.collectionIds, defaultCollection: 1,
  });
  assert.deepEqual(cellContents(patched, "finest"), [[0, JAN, ["camp 1", "train 4"]], [0, FEB, ["camp 2"]], [1, JAN, ["camp 2"]]]);
  // official: camp 5 − 3 + 1, school 2 − 2 (gone, as SQL deletes a row at 0), train 0 + 4; critical: camp 1 + 2
  assert.deepEqual(cellContents(patched, "coarsest"), [[0, ALL_TIME_CELL, ["camp 3", "train 4"]], [1, ALL_TIME_CELL, ["camp 3", "train 4"]]]);
  // and the year 2020 of each framing, as yearBlock sums it from the patched finest cells
  assert.deepEqual(cellContents(patched, "years"), [[0, JAN, ["camp 3", "train 4"]], [1, JAN, ["camp 2"]]]);
  assert.deepEqual(cellContents(patched, "years"), cellContents({ ...patched, years: yearBlock(patched.finest, patched.terms.count) }, "years"));
  assert.equal(patched.version, "2:2");
  assert.deepEqual(cellContents(cube, "finest"), [[0, JAN, ["camp 3", "school 2"]], [0, FEB, ["camp 2"]]], "the cube given is left as it was");
});

test("an outlet-month with no rows now is emptied; rows still held by the load's arrays count as unused", () => {
  const cube = cubeOfTwoMonths();
  assert.equal(unusedRows(cube), 0);
  const patched = patchStatsCube(cube, {
    version: "2:2", snapshot: "2:2:", outletMonths: [{ outletId: 1, month: JAN }], rows: changed([]), passageCells: cube.passageCells, outletIds: cube.outletIds, collectionIds: cube.collectionIds, defaultCollection: 1,
  });
  assert.deepEqual(cellContents(patched, "finest"), [[0, JAN, []], [0, FEB, ["camp 2"]]]);
  assert.deepEqual(cellContents(patched, "coarsest")[0], [0, ALL_TIME_CELL, ["camp 2"]]);
  // January's two rows stay in the arrays February still uses
  assert.equal(unusedRows(patched), 2);
});

test("year cells sum a framing's dated months of one year; a range reads whole years there and its edge months from the finest cells", () => {
  const cube = cubeOfTwoMonths();
  const [DEC_2019] = [JAN - 1];
  cube.finest.cells.month[1] = DEC_2019;
  cube.years = yearBlock(cube.finest, cube.terms.count);
  assert.deepEqual(cellContents(cube, "years"), [[0, DEC_2019 - 11, ["camp 2"]], [0, JAN, ["camp 3", "school 2"]]]);
  const picked = (filters: Parameters<typeof cellsOf>[1]) => cellsOf(cube, filters).map((p) => [p.block === cube.years ? "years" : "finest", Array.from(p.selected).join("")]);
  assert.deepEqual(picked({ from: "2020-01", to: "2020-12" }), [["years", "01"], ["finest", "00"]]);
  assert.deepEqual(picked({ from: "2019-12", to: "2020-12" }), [["years", "01"], ["finest", "01"]]);
  assert.deepEqual(picked({ from: "2019-06", to: "2020-06" }), [["years", "00"], ["finest", "11"]]);
  assert.deepEqual(picked({ from: "2019-01", framing: ["critical"] }), [["years", "00"], ["finest", "00"]]);
});
