import assert from "node:assert/strict";
import { test } from "node:test";
import { type CountedSide, keynessCandidatesBesideCube, phraseScope, widenScope } from "./cubeSideKeyness";
import { twoFramingCube } from "./statsCube.fixture";

const options = { limit: 1, minArticles: 2, minCount: 3, phrases: true };
// stems in byte order, as a loaded cube numbers them
const cube = () => twoFramingCube([{ stem: "camp", a: 30, b: 5 }, { stem: "school", a: 12, b: 10 }, { stem: "train", a: 2, b: 40 }]);

function side(rows: [key: string, count: number, inBoth?: number][]): CountedSide {
  return {
    tokens: 200, passages: 4, key: rows.map((r) => r[0]), n: rows.map((r) => r[0].split(" ").length), count: rows.map((r) => r[1]),
    inBoth: rows.map((r) => r[2] ?? 0), docs: rows.map((r) => Math.ceil(r[1] / 3)), articles: rows.map((r) => r[1]),
  };
}

test("the counted side's counts meet the broad side's from the cube, on whichever side it stands", () => {
  const counted = side([["school", 20], ["train", 1]]);
  const asA = keynessCandidatesBesideCube(cube(), counted, { framing: ["critical"] }, "a", options);
  assert.deepEqual(asA.totals, { tokensA: 200, tokensB: 1000, passagesA: 4, passagesB: 10 });
  // school leads the search's list (20 in 200 tokens against 10 in 1000); train the framing's
  assert.deepEqual(asA.rows.map((r) => [r.key, r.a, r.b, r.docsA, r.docsB, r.articlesA, r.articlesB]).sort(), [
    ["school", 20, 10, 7, 5, 20, 10], ["train", 1, 40, 1, 20, 1, 40],
  ]);
  const asB = keynessCandidatesBesideCube(cube(), counted, { framing: ["critical"] }, "b", options);
  assert.deepEqual(asB.totals, { tokensA: 1000, tokensB: 200, passagesA: 10, passagesB: 4 });
  assert.deepEqual(asB.rows.map((r) => [r.key, r.a, r.b, r.docsA, r.docsB]).sort(), [["school", 10, 20, 5, 7], ["train", 40, 1, 20, 1]]);
});

test("occurrences both sides select count once towards the minimum count", () => {
  const rare = twoFramingCube([{ stem: "camp", a: 30, b: 1 }, { stem: "train", a: 2, b: 40 }]);
  const limits = { ...options, limit: 5, minArticles: 1 };
  // camp: 2 in the search and 1 in the framing, but 1 of the 2 lies in the framing too: 2 in all, under 3
  assert.deepEqual(keynessCandidatesBesideCube(rare, side([["camp", 2, 1], ["train", 1]]), { framing: ["critical"] }, "a", limits).rows.map((r) => r.key), ["train"]);
  assert.deepEqual(keynessCandidatesBesideCube(rare, side([["camp", 2, 0], ["train", 1]]), { framing: ["critical"] }, "a", limits).rows.map((r) => r.key).sort(), ["camp", "train"]);
});

test("a term the cube has no rows of is scored with nothing on the broad side; words only leaves phrases out", () => {
  const counted = side([["camp", 1], ["fresh phrase", 9], ["newword", 9]]);
  const limits = { ...options, limit: 5 };
  const rows = keynessCandidatesBesideCube(cube(), counted, { framing: ["critical"] }, "a", limits).rows;
  assert.deepEqual(rows.filter((r) => r.b === 0).map((r) => [r.key, r.a, r.n]).sort(), [["fresh phrase", 9, 2], ["newword", 9, 1]]);
  const words = keynessCandidatesBesideCube(cube(), counted, { framing: ["critical"] }, "a", { ...limits, phrases: false }).rows;
  assert.ok(words.some((r) => r.key === "newword") && !words.some((r) => r.key === "fresh phrase"));
});

test("an empty side gives no rows", () => {
  const { totals, rows } = keynessCandidatesBesideCube(cube(), { ...side([]), tokens: 0, passages: 0 }, { framing: ["critical"] }, "a", options);
  assert.equal(totals.tokensA, 0);
  assert.deepEqual(rows, []);
});

test("the scope: every word, the common phrases named, and the phrases seen at least so often over every framing", () => {
  // camp and train are words; "camp life" (5 + 5) and "train ride" (2 + 1) phrases
  const cube = twoFramingCube([{ stem: "camp", a: 30, b: 5 }, { stem: "train", a: 2, b: 40 }, { stem: "camp life", a: 5, b: 5 }, { stem: "train ride", a: 2, b: 1 }], 2);
  const scoped = (scope: Uint8Array) => [...scope].map((x, t) => (x ? t : -1)).filter((t) => t >= 0);
  assert.deepEqual(scoped(phraseScope(cube, [])), [0, 1]);
  assert.deepEqual(scoped(phraseScope(cube, ["train ride", "no such phrase"])), [0, 1, 3]);
  assert.deepEqual(scoped(widenScope(cube, phraseScope(cube, []), 10)), [0, 1, 2]);
  assert.deepEqual(scoped(widenScope(cube, phraseScope(cube, []), 11)), [0, 1]);
  assert.deepEqual(scoped(widenScope(cube, phraseScope(cube, []), 3)), [0, 1, 2, 3]);
  assert.deepEqual(scoped(widenScope(cube, phraseScope(cube, ["train ride"]), 10)), [0, 1, 2, 3], "the common phrases stay in");
});
