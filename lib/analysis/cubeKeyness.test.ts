import assert from "node:assert/strict";
import { test } from "node:test";
import { keynessCandidatesFromCube } from "./cubeKeyness";
import { keyness } from "./keyness";
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

test("terms skipped as too rare to score change no list: the rows are those of every term scored", () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  // a Zipf-like corpus, mostly terms seen a few times, leaning either way
  const terms = Array.from({ length: 4000 }, (_, i) => {
    const base = Math.max(1, Math.floor(3000 / (i + 1)));
    const lean = random();
    return { stem: `t${String(i).padStart(4, "0")}`, a: Math.round(base * lean * 2), b: Math.round(base * (1 - lean) * 2) };
  });
  const cube = twoFramingCube(terms);
  const [nA, nB] = [terms.reduce((s, t) => s + t.a, 0), terms.reduce((s, t) => s + t.b, 0)];
  cube.passageCells.tokens = Float64Array.from([nA, nB]);
  for (const limit of [5, 20]) {
    const rows = keynessCandidatesFromCube(cube, { framing: ["official"] }, { framing: ["critical"] }, { ...options, limit }).rows;
    const scored = keyness(terms.filter((t) => t.a + t.b >= options.minCount).map((t) => ({ key: t.stem, term: t.stem, n: 1, ...t, docsA: 0, docsB: 0, articlesA: t.a, articlesB: t.b })), nA, nB);
    const top = (side: 1 | -1) => {
      const own = scored.filter((r) => side * r.z > 0 && (side === 1 ? r.articlesA : r.articlesB) >= options.minArticles).map((r) => ({ key: r.key, z: side * r.z }));
      const bar = own.map((r) => r.z).sort((x, y) => y - x)[limit - 1];
      return own.filter((r) => r.z >= bar - 1e-9).map((r) => r.key);
    };
    assert.deepEqual(rows.map((r) => r.key).sort(), [...top(1), ...top(-1)].sort());
  }
});
