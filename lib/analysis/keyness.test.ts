import assert from "node:assert/strict";
import { test } from "node:test";
import { keyness, logLikelihood, logOddsWithPrior, logRatio } from "./keyness";

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
