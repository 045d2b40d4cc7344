import assert from "node:assert/strict";
import { test } from "node:test";
import { topWordsFromCube, topWordsOfVectors } from "./cubeTopTerms";
import { twoFramingCube } from "./statsCube.fixture";
import { vectorsOf } from "./selectionVectors.fixture";

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

test("a search's top words per framing, counted from its passages' vectors: phrases and unknown terms left out, ties by stem", () => {
  const cube = twoFramingCube([{ stem: "camp", a: 1, b: 1 }, { stem: "school", a: 1, b: 1 }, { stem: "train", a: 1, b: 1 }, { stem: "camp life", a: 1, b: 1 }], 3);
  const vectors = vectorsOf([
    { article: 1, group: 0, terms: [["train", 2], ["camp life", 9], ["not in the cube", 9]] },
    { article: 1, group: 0, terms: [["school", 1], ["camp", 1]] },
    { article: 2, group: 2, terms: [["school", 3]] },
    { article: 2, group: 0, terms: [["school", 1]] },
  ]);
  const [official, critical, testimony] = topWordsOfVectors(cube, vectors, 3, 2);
  // school 2 in two passages and train 2 in one tie on count, and the stem orders them; camp 1 is cut
  assert.deepEqual(official, [{ stem: "school", count: 2, passages: 2 }, { stem: "train", count: 2, passages: 1 }]);
  assert.deepEqual(critical, []);
  assert.deepEqual(testimony, [{ stem: "school", count: 3, passages: 1 }]);
  // a tie at the cut: the stem decides
  assert.deepEqual(topWordsOfVectors(cube, vectorsOf([{ article: 1, group: 1, terms: [["train", 1], ["camp", 1], ["school", 1]] }]), 3, 1)[1].map((r) => r.stem), ["camp"]);
});
