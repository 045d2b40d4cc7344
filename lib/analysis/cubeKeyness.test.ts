import assert from "node:assert/strict";
import { test } from "node:test";
import { keynessCandidatesFromCube } from "./cubeKeyness";
import { monthIndex, type StatsCube } from "./statsCube";

/** A cube of the coarsest cells only (framing 0 and 1, all outlets, all time), built by hand. */
function twoFramingCube(terms: { stem: string; a: number; b: number }[]): StatsCube {
  const bytes = terms.map((t) => Buffer.from(t.stem));
  const stemStart = new Uint32Array(terms.length + 1);
  bytes.forEach((b, i) => { stemStart[i + 1] = stemStart[i] + b.length; });
  const rows = terms.flatMap((t, i) => [[0, i, t.a], [1, i, t.b]].filter(([, , count]) => count > 0));
  rows.sort((x, y) => x[0] - y[0]);
  const inCell0 = rows.filter((r) => r[0] === 0).length;
  const column = (f: (r: number[]) => number) => Uint32Array.from(rows, f);
  return {
    version: "1:1",
    terms: { count: terms.length, n: new Uint8Array(terms.length).fill(1), stemBytes: Buffer.concat(bytes), stemStart },
    coarsest: {
      cells: { framing: Uint8Array.from([0, 1]), outletId: Int32Array.from([0, 0]), month: Int32Array.from([0, 0]), rowStart: Uint32Array.from([0, inCell0, rows.length]) },
      rows: { term: Int32Array.from(rows, (r) => r[1]), count: column((r) => r[2]), passages: column((r) => r[2]), articles: column((r) => r[2]) },
    },
    finest: {
      cells: { framing: new Uint8Array(0), outletId: new Int32Array(0), month: new Int32Array(0), rowStart: Uint32Array.from([0]) },
      rows: { term: new Int32Array(0), count: new Uint16Array(0), passages: new Uint16Array(0), articles: new Uint16Array(0) },
    },
    passageCells: {
      framing: Uint8Array.from([0, 1]), outletId: Int32Array.from([1, 1]), month: Int32Array.from([monthIndex("2020-01"), monthIndex("2020-01")]),
      passages: Float64Array.from([10, 10]), tokens: Float64Array.from([1000, 1000]),
    },
    outletIds: new Map([["Outlet", 1]]),
  };
}

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
