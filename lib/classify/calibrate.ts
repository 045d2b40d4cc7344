// Calibration: does "80% confident" mean right four times in five? Naive Bayes treats words as independent
// evidence, so its raw scores are far too sure of themselves. Temperature scaling (Guo et al. 2017, "On
// Calibration of Modern Neural Networks") fits one number T on held-out predictions by minimising their
// negative log-likelihood; it changes how sure the model says it is, never which label it picks.
import { FRAMINGS, type FramingLabel } from "./labels";
import { applyTemperature } from "./model";

export interface Scored { actual: FramingLabel; predicted?: FramingLabel; scores: Record<FramingLabel, number> }
export interface CalibrationQuality {
  /** mean negative log-likelihood of the true label */
  nll: number;
  /** expected calibration error over 10 equal-width confidence bins */
  ece: number;
}

export function calibrationQuality(predictions: Scored[]): CalibrationQuality {
  const n = predictions.length || 1;
  const nll = predictions.reduce((s, p) => s - Math.log(Math.max(p.scores[p.actual], 1e-12)), 0) / n;
  const bins = Array.from({ length: 10 }, () => ({ count: 0, confidence: 0, correct: 0 }));
  for (const p of predictions) {
    const label = top(p.scores);
    const confidence = p.scores[label];
    const bin = bins[Math.min(9, Math.floor(confidence * 10))];
    bin.count += 1;
    bin.confidence += confidence;
    bin.correct += label === p.actual ? 1 : 0;
  }
  const ece = bins.reduce((s, b) => s + (b.count ? Math.abs(b.correct - b.confidence) / n : 0), 0);
  return { nll, ece };
}

/** The temperature, searched on a log grid from 0.25 to 64, that minimises held-out NLL. */
export function fitTemperature(predictions: Scored[]): number {
  let best = { t: 1, nll: Infinity };
  for (let i = 0; i <= 160; i++) {
    const t = 0.25 * 2 ** (i / 20);
    const { nll } = calibrationQuality(rescale(predictions, t));
    if (nll < best.nll) best = { t, nll };
  }
  return Math.round(best.t * 1000) / 1000;
}

export function rescale<T extends Scored>(predictions: T[], temperature: number): T[] {
  return predictions.map((p) => ({ ...p, scores: applyTemperature(p.scores, temperature) }));
}

/** How the uncertain flag splits held-out predictions: how many fall below it and how often each side is right. */
export function thresholdSplit(predictions: Scored[], threshold: number) {
  const below = predictions.filter((p) => p.scores[top(p.scores)] < threshold);
  const above = predictions.filter((p) => p.scores[top(p.scores)] >= threshold);
  const accuracy = (xs: Scored[]) => (xs.length ? xs.filter((p) => top(p.scores) === p.actual).length / xs.length : 0);
  return { threshold, uncertainShare: below.length / (predictions.length || 1), accuracyBelow: accuracy(below), accuracyAbove: accuracy(above) };
}

function top(scores: Record<FramingLabel, number>): FramingLabel {
  return FRAMINGS.reduce((best, l) => (scores[l] > scores[best] ? l : best), FRAMINGS[0]);
}
