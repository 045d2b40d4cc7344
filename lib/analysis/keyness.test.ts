import assert from "node:assert/strict";
import { test } from "node:test";
import { countNeededForZ, keyness, largestZ, logLikelihood, logOddsWithPrior, logRatio } from "./keyness";

const close = (actual: number, expected: number, tolerance = 1e-6) =>
  assert.ok(Math.abs(actual - expected) < tolerance, `${actual} is not ${expected}`);

// A tiny corpus: A has 100 tokens, B has 100; the term occurs 10 times in A and 2 times in B.

test("log-odds with the combined-count Dirichlet prior, by hand", () => {
  // α = 10 + 2 = 12, α0 = 200
  // δ = ln(22 / (100 + 200 − 22)) − ln(14 / (100 + 200 − 14)) = ln(22/278) − ln(14/286)
  //   = −2.536570 − (−3.016926) = 0.480356
  // σ² = 1/22 + 1/14 = 0.116883;  z = 0.480356 / 0.341882 = 1.405035
  const { delta, z } = logOddsWithPrior(10, 2, 100, 100, 12, 200);
  close(delta, 0.480356, 1e-6);
  close(z, 1.405035, 1e-6);
});

test("G², 4-cell form, by hand", () => {
  // expected: E(a) = E(b) = 100·12/200 = 6; E(c) = E(d) = 100·188/200 = 94
  // G² = 2 (10 ln(10/6) + 2 ln(2/6) + 90 ln(90/94) + 98 ln(98/94))
  //    = 2 (5.108256 − 2.197225 − 3.913681 + 4.083933) = 6.162592
  close(logLikelihood(10, 2, 100, 100), 6.162592, 1e-6);
  close(logLikelihood(2, 10, 100, 100), -6.162592, 1e-6); // sign says which side is over-represented
  // a zero cell contributes nothing: a = 5, b = 0 → E = 2.5, 2.5, 97.5, 97.5
  // G² = 2 (5 ln 2 + 95 ln(95/97.5) + 100 ln(100/97.5)) = 2 (3.465736 − 2.467674 + 2.531781) = 7.059691
  close(logLikelihood(5, 0, 100, 100), 7.059691, 1e-6);
});

test("Log Ratio, with 0.5 standing in for a zero count", () => {
  close(logRatio(10, 2, 100, 100), Math.log2(5)); // 2.321928
  close(logRatio(5, 0, 100, 100), Math.log2(10)); // (5/100) / (0.5/100)
  close(logRatio(2, 10, 100, 100), -Math.log2(5));
});

test("keyness marks |z| > 1.96 and ranks a frequent, lopsided term above a rare one", () => {
  const rows = keyness([
    { key: "camp", term: "camps", n: 1, a: 40, b: 2, docsA: 20, docsB: 2, articlesA: 8, articlesB: 2 },
    { key: "rare", term: "rare", n: 1, a: 2, b: 0, docsA: 1, docsB: 0, articlesA: 1, articlesB: 0 },
    { key: "even", term: "even", n: 1, a: 10, b: 10, docsA: 5, docsB: 5, articlesA: 3, articlesB: 3 },
  ], 1000, 1000);
  const [camp, rare, even] = rows;
  assert.ok(camp.significant && camp.z > 1.96);
  assert.ok(!rare.significant && rare.z < camp.z, "the prior shrinks a term seen twice");
  close(even.z, 0);
  assert.equal(even.significant, false);
});

test("no term seen `count` times in the corpus scores beyond largestZ(count) on its side, in any two selections", () => {
  // a deterministic spread of selection sizes (one often far smaller) and counts, every split of the count
  // between A and B, with overlap
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 300; i++) {
    const [nA, nB] = [Math.ceil(next() ** 2 * 1e6), Math.ceil(next() * 1e6)];
    const count = Math.ceil(next() ** 3 * Math.min(nA, nB) / 2);
    const [typicalOfA, typicalOfB] = [largestZ(count, nA, nB, 1), largestZ(count, nA, nB, -1)];
    for (let s = 0; s <= 20; s++) {
      for (let t = 0; t <= 20; t++) {
        const [a, b] = [Math.round((count * s) / 20), Math.round((count * t) / 20)];
        if (a + b === 0 || a > nA || b > nB) continue;
        const { z } = logOddsWithPrior(a, b, nA, nB, a + b, nA + nB);
        const bound = z > 0 ? typicalOfA : typicalOfB;
        assert.ok(Math.abs(z) <= bound, `a=${a} b=${b} of ${count} in ${nA}/${nB}: |z| ${Math.abs(z)} > ${bound}`);
      }
    }
  }
});

test("largestZ is close enough to be useful: within 1.6× of a term found only on that side", () => {
  for (const [nA, nB] of [[1e7, 1e7], [1e4, 1e7], [1e7, 1e4]]) {
    for (const count of [3, 100, 5_000]) {
      const onlyA = logOddsWithPrior(count, 0, nA, nB, count, nA + nB).z;
      const onlyB = -logOddsWithPrior(0, count, nA, nB, count, nA + nB).z;
      for (const [bound, z] of [[largestZ(count, nA, nB, 1), onlyA], [largestZ(count, nA, nB, -1), onlyB]]) {
        assert.ok(bound >= z && bound < 1.6 * z, `${bound} against ${z} for ${count} in ${nA}/${nB}`);
      }
    }
  }
});

test("countNeededForZ is the smallest count whose largestZ reaches the threshold", () => {
  for (const [threshold, nA, nB] of [[160, 5e6, 5e6], [12.5, 2e5, 9e5], [3, 1e4, 1e6], [1, 1e3, 1e3]]) {
    for (const side of [1, -1] as const) {
      const needed = countNeededForZ(threshold, nA, nB, side);
      assert.ok(largestZ(needed, nA, nB, side) >= threshold && largestZ(needed - 1, nA, nB, side) < threshold, `${threshold}: ${needed}`);
    }
  }
  assert.equal(countNeededForZ(0, 100, 100, 1), 0);
  // z 160 between two framings of 5M tokens needs a term seen some 35,000 times
  assert.ok(Math.abs(countNeededForZ(160, 5e6, 5e6, 1) - 35_500) < 1_000);
  // against a search's 10,000 tokens, a term of a 1M-token framing needs thousands of occurrences for z 1
  assert.ok(countNeededForZ(1, 1e4, 1e6, -1) > 1_000);
});
