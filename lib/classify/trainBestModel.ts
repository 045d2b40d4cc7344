// Trains the candidate algorithms under the same k-fold cross-validation and keeps the one with the best
// macro-F1 (ties → accuracy). The winner is fitted on all the data, evaluated in full (baselines, held out by
// register, subject and fold, calibration, contrast cases), and given the temperature the evaluation fitted.
import { crossValidate, type Example, type Metrics } from "./evaluate";
import { type EvaluationReport, evaluateClassifier } from "./evaluateClassifier";
import { type Algorithm, type FramingModel, trainModel } from "./model";

export interface TrainingReport extends EvaluationReport {
  chosen: Algorithm;
  /** k-fold results of every algorithm compared (only when more than one was) */
  candidates: Partial<Record<Algorithm, Metrics>>;
  trainingSize: number;
}

export function trainBestModel(
  examples: Example[],
  options: { algorithms?: readonly Algorithm[]; folds?: number; threshold?: number; onProgress?: (message: string) => void } = {},
): { model: FramingModel; report: TrainingReport } {
  // natural's logistic regression takes minutes per fit here: it is compared only when asked for.
  const algorithms = options.algorithms ?? ["bayes"];
  const folds = options.folds ?? 5;
  const candidates: Partial<Record<Algorithm, Metrics>> = {};
  if (algorithms.length > 1) {
    for (const algorithm of algorithms) {
      options.onProgress?.(`cross-validating ${algorithm} (${folds} folds, ${examples.length} examples)`);
      candidates[algorithm] = crossValidate(examples, algorithm, folds);
    }
  }
  const chosen = algorithms.length > 1 ? [...algorithms].sort((a, b) => score(candidates[b]!) - score(candidates[a]!))[0] : algorithms[0];
  options.onProgress?.(`training ${chosen} on all ${examples.length} examples`);
  const fitted = trainModel(examples, chosen);
  const evaluation = evaluateClassifier(examples, { algorithm: chosen, folds, threshold: options.threshold, onProgress: options.onProgress, fitted });
  const model = fitted.withTemperature(evaluation.calibration.temperature);
  return { model, report: { ...evaluation, chosen, candidates, trainingSize: examples.length } };
}

const score = (m: Metrics) => m.macroF1 * 1000 + m.accuracy;
