// Uncertainty of a score measured on a sample of passages: a 95% interval, so that "agreement with your
// reviewers: 86%" on 40 passages is not read as more certain than it is.
import { scorePredictions } from "./evaluate";
import type { FramingLabel } from "./labels";

export interface Interval { low: number; high: number }

/** Wilson score interval for a proportion (Wilson 1927), sound for small samples and shares near 0 or 1. */
export function wilsonInterval(successes: number, total: number, z = 1.96): Interval {
  if (!total) return { low: 0, high: 1 };
  const p = successes / total;
  const denominator = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Percentile bootstrap interval of macro-F1 (Efron & Tibshirani 1993), seeded so a page reload shows the same. */
export function bootstrapMacroF1(pairs: { actual: FramingLabel; predicted: FramingLabel }[], resamples = 1000, seed = 7): Interval {
  if (!pairs.length) return { low: 0, high: 1 };
  let state = seed >>> 0;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const scores: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = Array.from({ length: pairs.length }, () => pairs[Math.floor(random() * pairs.length)]);
    scores.push(scorePredictions(sample).macroF1);
  }
  scores.sort((a, b) => a - b);
  return { low: scores[Math.floor(0.025 * resamples)], high: scores[Math.min(resamples - 1, Math.ceil(0.975 * resamples) - 1)] };
}
