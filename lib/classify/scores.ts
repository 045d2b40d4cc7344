// Log-scores to probabilities over the framings, and temperature scaling. Both run once per passage, so
// they loop over the three labels directly; the arithmetic, and its order, is that of tests/oracle/predict.ts
// so the scores come out bit for bit the same.
import { FRAMINGS, type FramingLabel } from "./labels";

export type Scores = Record<FramingLabel, number>;

/** exp(l - max) for each label, normalised to sum to one. */
export function softmaxScores(logs: ArrayLike<number>): Scores {
  let max = -Infinity;
  for (let k = 0; k < FRAMINGS.length; k++) max = Math.max(max, logs[k]);
  const values = new Float64Array(FRAMINGS.length);
  for (let k = 0; k < FRAMINGS.length; k++) values[k] = Math.exp(logs[k] - max);
  return normalisedScores(values);
}

/** values / their sum, by label (a zero sum divides by one, as the reference did). */
export function normalisedScores(values: ArrayLike<number>): Scores {
  let sum = 0;
  for (let k = 0; k < FRAMINGS.length; k++) sum += values[k];
  sum = sum || 1;
  const scores = {} as Scores;
  for (let k = 0; k < FRAMINGS.length; k++) scores[FRAMINGS[k]] = values[k] / sum;
  return scores;
}

/** Temperature scaling (Guo et al. 2017): p_i ∝ p_i^(1/T). T > 1 softens overconfident scores; the ranking never changes. */
export function applyTemperature(scores: Scores, temperature: number): Scores {
  if (temperature === 1) return scores;
  const logs = new Float64Array(FRAMINGS.length);
  for (let k = 0; k < FRAMINGS.length; k++) logs[k] = Math.log(Math.max(scores[FRAMINGS[k]], 1e-300)) / temperature;
  return softmaxScores(logs);
}

/** The label with the highest score; ties go to the earlier label. */
export function bestLabel(scores: Scores): FramingLabel {
  let best: FramingLabel = FRAMINGS[0];
  for (const l of FRAMINGS) if (scores[l] > scores[best]) best = l;
  return best;
}
