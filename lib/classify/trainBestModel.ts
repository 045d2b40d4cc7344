// Trains each candidate algorithm under the same k-fold cross-validation and keeps the one with the best
// macro-F1 (ties → accuracy), then fits it on all the data.
import { crossValidate, type Metrics } from "./evaluate";
import { ALGORITHMS, type Algorithm, type FramingModel, trainModel } from "./model";
import type { FramingLabel } from "./labels";

export interface TrainingReport {
  chosen: Algorithm;
  candidates: Partial<Record<Algorithm, Metrics>>;
  trainingSize: number;
}

export function trainBestModel(
  examples: { text: string; label: FramingLabel }[],
  options: { algorithms?: readonly Algorithm[]; folds?: number; onProgress?: (message: string) => void } = {},
): { model: FramingModel; report: TrainingReport } {
  const algorithms = options.algorithms ?? ALGORITHMS;
  const candidates: Partial<Record<Algorithm, Metrics>> = {};
  for (const algorithm of algorithms) {
    options.onProgress?.(`cross-validating ${algorithm} (${options.folds ?? 5} folds, ${examples.length} examples)`);
    candidates[algorithm] = crossValidate(examples, algorithm, options.folds ?? 5);
  }
  const chosen = [...algorithms].sort((a, b) => score(candidates[b]!) - score(candidates[a]!))[0];
  options.onProgress?.(`training ${chosen} on all ${examples.length} examples`);
  return { model: trainModel(examples, chosen), report: { chosen, candidates, trainingSize: examples.length } };
}

const score = (m: Metrics) => m.macroF1 * 1000 + m.accuracy;
