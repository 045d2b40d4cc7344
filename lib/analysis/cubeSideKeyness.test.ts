import assert from "node:assert/strict";
import { test } from "node:test";
import { keynessCandidatesOfSide } from "./cubeSideKeyness";
import type { NumberedSide } from "./cubeSideCounts";
import type { StatsCube } from "./statsCube";
import { findTermNumber } from "./cubeTerms";
import { twoFramingCube } from "./statsCube.fixture";

const options = { limit: 1, minArticles: 2, minCount: 3, phrases: true };
// stems in byte order, as a loaded cube numbers them
const cube = () => twoFramingCube([{ stem: "camp", a: 30, b: 5 }, { stem: "school", a: 12, b: 10 }, { stem: "train", a: 2, b: 40 }]);

/** A counted side of 200 tokens in 4 passages: per term, occurrences (articles the same, passages a third) and those the broad side selects too. */
function side(of: StatsCube, rows: [stem: string, count: number, inBoth?: number][]): NumberedSide {
  const column = (f: (r: (typeof rows)[number]) => number) => Uint32Array.from(rows, f);
  return {
    tokens: 200, passages: 4, term: Int32Array.from(rows, (r) => findTermNumber(of.terms, r[0]) ?? -1), count: column((r) => r[1]),
    inBoth: column((r) => r[2] ?? 0), docs: column((r) => Math.ceil(r[1] / 3)), articles: column((r) => r[1]),
  };
}

test("the counted side's counts meet the broad side's from the cube, on whichever side it stands", () => {
  const c = cube();
  const counted = side(c, [["school", 20], ["train", 1]]);
  const asA = keynessCandidatesOfSide(c, counted, { framing: ["critical"] }, "a", options);
  assert.deepEqual(asA.totals, { tokensA: 200, tokensB: 1000, passagesA: 4, passagesB: 10 });
  // school leads the search's list (20 in 200 tokens against 10 in 1000); train the framing's
  assert.deepEqual(asA.rows.map((r) => [r.key, r.a, r.b, r.docsA, r.docsB, r.articlesA, r.articlesB]).sort(), [
    ["school", 20, 10, 7, 5, 20, 10], ["train", 1, 40, 1, 20, 1, 40],
  ]);
  const asB = keynessCandidatesOfSide(c, counted, { framing: ["critical"] }, "b", options);
  assert.deepEqual(asB.totals, { tokensA: 1000, tokensB: 200, passagesA: 10, passagesB: 4 });
  assert.deepEqual(asB.rows.map((r) => [r.key, r.a, r.b, r.docsA, r.docsB]).sort(), [["school", 10, 20, 5, 7], ["train", 40, 1, 20, 1]]);
});

test("occurrences both sides select count once towards the minimum count", () => {
  const rare = twoFramingCube([{ stem: "camp", a: 30, b: 1 }, { stem: "train", a: 2, b: 40 }]);
  const limits = { ...options, limit: 5, minArticles: 1 };
  // camp: 2 in the search and 1 in the framing, but 1 of the 2 lies in the framing too: 2 in all, under 3
  assert.deepEqual(keynessCandidatesOfSide(rare, side(rare, [["camp", 2, 1], ["train", 1]]), { framing: ["critical"] }, "a", limits).rows.map((r) => r.key), ["train"]);
  assert.deepEqual(keynessCandidatesOfSide(rare, side(rare, [["camp", 2, 0], ["train", 1]]), { framing: ["critical"] }, "a", limits).rows.map((r) => r.key).sort(), ["camp", "train"]);
});

test("words only leaves phrases out", () => {
  const c = twoFramingCube([{ stem: "camp", a: 30, b: 5 }, { stem: "train", a: 2, b: 40 }, { stem: "camp life", a: 1, b: 20 }], 2);
  const counted = side(c, [["camp", 9], ["camp life", 9]]);
  const limits = { ...options, limit: 5, minArticles: 1 };
  assert.ok(keynessCandidatesOfSide(c, counted, { framing: ["critical"] }, "a", limits).rows.some((r) => r.key === "camp life"));
  const words = keynessCandidatesOfSide(c, counted, { framing: ["critical"] }, "a", { ...limits, phrases: false }).rows;
  assert.ok(words.some((r) => r.key === "camp") && !words.some((r) => r.key === "camp life"));
});

test("an empty side gives no rows", () => {
  const c = cube();
  const { totals, rows } = keynessCandidatesOfSide(c, { ...side(c, []), tokens: 0, passages: 0 }, { framing: ["critical"] }, "a", options);
  assert.equal(totals.tokensA, 0);
  assert.deepEqual(rows, []);
});
