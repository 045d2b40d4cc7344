// Calibration: does "80% confident" mean right four times in five? Naive Bayes treats words as independent
// evidence, so its raw scores are far too sure of themselves. Temperature scaling (Guo et al. 2017, "On
// Calibration of Modern Neural Networks") fits one number T on held-out predictions by minimising their
// negative log-likelihood; it changes how sure the model says it is, never which label it picks.
import type { FramingLabel } from "./labels";
import { applyTemperature, bestLabel } from "./scores";

export interface Scored { actual: FramingLabel; predicted?: FramingLabel; scores: Record<FramingLabel, number> }
export interface CalibrationQuality {
  /** mean negative log-likelihood of the true label */
  nll: number;
  /** expected calibration error over 10 equal-width confidence bins */
  ece: number;
}

export interface ReliabilityBin {
  /** confidence range [from, to) of the predictions in the bin */
  from: number;
  to: number;
  count: number;
  /** mean confidence of the predictions in the bin */
  confidence: number;
  /** share of them whose label was right */
  accuracy: number;
}

/** Ten equal-width confidence bins, the reliability diagram of Niculescu-Mizil & Caruana (2005). */
export function reliabilityBins(predictions: Scored[], bins = 10): ReliabilityBin[] {
  const out = Array.from({ length: bins }, (_, i) => ({ from: i / bins, to: (i + 1) / bins, count: 0, confidence: 0, accuracy: 0 }));
  for (const p of predictions) {
    const label = bestLabel(p.scores);
    const bin = out[Math.min(bins - 1, Math.floor(p.scores[label] * bins))];
    bin.count += 1;
    bin.confidence += p.scores[label];
    bin.accuracy += label === p.actual ? 1 : 0;
  }
  return out.map((b) => (b.count ? { ...b, confidence: b.confidence / b.count, accuracy: b.accuracy / b.count } : b));
}

export function calibrationQuality(predictions: Scored[]): CalibrationQuality {
  const n = predictions.length || 1;
  const nll = predictions.reduce((s, p) => s - Math.log(Math.max(p.scores[p.actual], 1e-12)), 0) / n;
  const ece = reliabilityBins(predictions).reduce((s, b) => s + (b.count * Math.abs(b.accuracy - b.confidence)) / n, 0);
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
  const below = predictions.filter((p) => p.scores[bestLabel(p.scores)] < threshold);
  const above = predictions.filter((p) => p.scores[bestLabel(p.scores)] >= threshold);
  const accuracy = (xs: Scored[]) => (xs.length ? xs.filter((p) => bestLabel(p.scores) === p.actual).length / xs.length : 0);
  return { threshold, uncertainShare: below.length / (predictions.length || 1), accuracyBelow: accuracy(below), accuracyAbove: accuracy(above) };
}
