import assert from "node:assert/strict";
import { test } from "node:test";
import { countVectorsInCube } from "./cubeSideCounts";
import { twoFramingCube } from "./statsCube.fixture";
import { vectorsOf } from "./selectionVectors.fixture";

const cube = () => twoFramingCube([{ stem: "camp", a: 30, b: 5 }, { stem: "school", a: 12, b: 10 }, { stem: "camp life", a: 4, b: 4 }], 2);

test("a side's terms are counted by the cube's numbers: occurrences, passages, articles and what the other side selects too", () => {
  const side = countVectorsInCube(cube(), vectorsOf([
    { article: 7, terms: [["camp", 2], ["school", 1]] },
    { article: 7, inOther: true, terms: [["camp", 3], ["camp life", 1]] },
    { article: 9, inOther: true, terms: [["camp", 1]] },
  ]));
  assert.equal(side.tokens, 30);
  assert.equal(side.passages, 3);
  const byTerm = new Map([...side.term].map((t, i) => [t, [side.count[i], side.docs[i], side.articles[i], side.inBoth[i]]]));
  // camp is term 0, school 1, "camp life" 2
  assert.deepEqual(byTerm.get(0), [6, 3, 2, 4]);
  assert.deepEqual(byTerm.get(1), [1, 1, 1, 0]);
  assert.deepEqual(byTerm.get(2), [1, 1, 1, 1]);
  assert.equal(side.term.length, 3);
});

test("terms the cube does not hold (phrases seen fewer than three times) are not counted", () => {
  const side = countVectorsInCube(cube(), vectorsOf([{ article: 1, terms: [["rare phrase", 4], ["school", 2]] }, { article: 2, terms: [] }]));
  assert.deepEqual([...side.term], [1]);
  assert.deepEqual([...side.count], [2]);
  assert.equal(side.passages, 2);
});

test("the working arrays are left clean: a second count is not the first's plus its own", () => {
  const vectors = vectorsOf([{ article: 3, terms: [["camp", 2]] }]);
  countVectorsInCube(cube(), vectors);
  const again = countVectorsInCube(cube(), vectors);
  assert.deepEqual([[...again.count], [...again.articles]], [[2], [1]]);
});
