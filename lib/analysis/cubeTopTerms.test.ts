import assert from "node:assert/strict";
import { test } from "node:test";
import { topWordsFromCube } from "./cubeTopTerms";
import { twoFramingCube } from "./statsCube.fixture";

const rows = (r: ReturnType<typeof topWordsFromCube>) => r.map((x) => [x.stem, x.count, x.passages]);

test("a framing's commonest words, ties at the cut ordered by stem in byte order", () => {
  // "émigré" sorts after "zone" by bytes (0xC3 > 0x7A), as PostgreSQL's C collation sorts it
  const cube = twoFramingCube([
    { stem: "zone", a: 7, b: 1 }, { stem: "émigré", a: 7, b: 0 }, { stem: "camp", a: 9, b: 2 }, { stem: "centr", a: 7, b: 50 },
    { stem: "rare", a: 1, b: 0 },
  ]);
  assert.deepEqual(rows(topWordsFromCube(cube, {}, "official", 3)), [["camp", 9, 5], ["centr", 7, 4], ["zone", 7, 4]]);
  assert.deepEqual(rows(topWordsFromCube(cube, {}, "critical", 2)), [["centr", 50, 25], ["camp", 2, 1]]);
});

test("phrases and words a framing never uses are left out; fewer words than asked give them all", () => {
  const cube = twoFramingCube([{ stem: "camp", a: 2, b: 3 }, { stem: "school", a: 0, b: 4 }, { stem: "vocat train", a: 90, b: 90 }], 2);
  assert.deepEqual(rows(topWordsFromCube(cube, {}, "official", 15)), [["camp", 2, 1]]);
  assert.deepEqual(rows(topWordsFromCube(cube, {}, "testimony", 15)), []);
});

test("outlets nobody publishes select no cells", () => {
  const cube = twoFramingCube([{ stem: "camp", a: 2, b: 3 }]);
  assert.deepEqual(topWordsFromCube(cube, { outlet: ["Nobody"] }, "official", 15), []);
});
