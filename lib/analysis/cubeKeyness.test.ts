import assert from "node:assert/strict";
import { test } from "node:test";
import { keynessCandidatesFromCube } from "./cubeKeyness";
import { twoFramingCube } from "./statsCube.fixture";

const options = { limit: 1, minArticles: 2, minCount: 3, phrases: true };

test("each list's top rows leave the cube, with every row tied with the last", () => {
  const cube = twoFramingCube([
    { stem: "camp", a: 30, b: 5 }, { stem: "centr", a: 30, b: 5 }, { stem: "school", a: 12, b: 10 },
    { stem: "train", a: 2, b: 40 }, { stem: "rare", a: 1, b: 1 },
  ]);
  const { totals, rows } = keynessCandidatesFromCube(cube, { framing: ["official"] }, { framing: ["critical"] }, options);
  assert.deepEqual(totals, { tokensA: 1000, tokensB: 1000, passagesA: 10, passagesB: 10 });
  // camp and centr tie at A's top; train leads B's list; school is third on A's side; rare is under the minimum count
  assert.deepEqual(rows.map((r) => [r.key, r.a, r.b]).sort(), [["camp", 30, 5], ["centr", 30, 5], ["train", 2, 40]]);
});

test("a list needs the term in minArticles articles of its side; words only leaves phrases out", () => {
  const cube = twoFramingCube([{ stem: "camp", a: 30, b: 5 }, { stem: "train", a: 1, b: 40 }]);
  const rows = keynessCandidatesFromCube(cube, { framing: ["official"] }, { framing: ["critical"] }, { ...options, minArticles: 31 }).rows;
  assert.deepEqual(rows.map((r) => r.key), ["train"]);
  cube.terms.n[1] = 2;
  assert.deepEqual(keynessCandidatesFromCube(cube, { framing: ["official"] }, { framing: ["critical"] }, { ...options, phrases: false }).rows.map((r) => r.key), ["camp"]);
});

test("an empty side gives no rows", () => {
  const cube = twoFramingCube([{ stem: "camp", a: 30, b: 5 }]);
  const { totals, rows } = keynessCandidatesFromCube(cube, { framing: ["official"] }, { outlet: ["Nobody"] }, options);
  assert.equal(totals.tokensB, 0);
  assert.deepEqual(rows, []);
});
