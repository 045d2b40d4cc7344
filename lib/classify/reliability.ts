// Does a confidence mean what it says on text in a style the model has never seen? The predictions judged
// here are held out by register, and the temperature that rescales each register's predictions is fitted
// on the other registers' predictions only (cross-fitting), so the figures are not flattered by a
// temperature that has seen the passages it is judged on.
import { type CalibrationQuality, calibrationQuality, fitTemperature, type ReliabilityBin, reliabilityBins, rescale, type Scored } from "./calibrate";

export { type ReliabilityBin, reliabilityBins } from "./calibrate";
import { bestLabel } from "./scores";

export interface HighConfidenceErrors {
  threshold: number;
  /** wrong predictions at or above the threshold */
  count: number;
  /** of all predictions judged */
  share: number;
  total: number;
}

export function highConfidenceErrors(predictions: Scored[], threshold = 0.9): HighConfidenceErrors {
  const count = predictions.filter((p) => {
    const label = bestLabel(p.scores);
    return p.scores[label] >= threshold && label !== p.actual;
  }).length;
  return { threshold, count, share: count / (predictions.length || 1), total: predictions.length };
}

/**
 * Each group's predictions rescaled by the temperature fitted on every other group's: what a temperature
 * fitted on the styles the model knows does to a style it does not.
 */
export function crossFittedRescale<T extends Scored>(predictions: T[], groupOf: (p: T) => string): T[] {
  const groups = [...new Set(predictions.map(groupOf))];
  if (groups.length < 2) return rescale(predictions, fitTemperature(predictions));
  const temperatures = new Map(groups.map((g) => [g, fitTemperature(predictions.filter((p) => groupOf(p) !== g))]));
  return predictions.map((p) => rescale([p], temperatures.get(groupOf(p))!)[0]);
}

export interface HeldOutCalibration {
  /** the model's own scores */
  before: CalibrationQuality;
  /** after the cross-fitted temperature */
  after: CalibrationQuality;
  reliability: ReliabilityBin[];
  highConfidenceErrors: HighConfidenceErrors;
  highConfidenceErrorsBefore: HighConfidenceErrors;
}

export function heldOutCalibration<T extends Scored>(predictions: T[], groupOf: (p: T) => string): HeldOutCalibration {
  const calibrated = crossFittedRescale(predictions, groupOf);
  return {
    before: calibrationQuality(predictions),
    after: calibrationQuality(calibrated),
    reliability: reliabilityBins(calibrated),
    highConfidenceErrors: highConfidenceErrors(calibrated),
    highConfidenceErrorsBefore: highConfidenceErrors(predictions),
  };
}
