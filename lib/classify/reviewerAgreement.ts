// Agreement with the corpus's own reviewers: the figure that speaks for real reporting. Every reviewed
// passage is predicted by a model trained on the project's passages and the other reviewed passages (k-fold
// over the reviewed ones), never on itself.
import { type Example, heldOutPredictions, kFoldSplits, type Metrics, scorePredictions, type Trainer } from "./evaluate";
import { bootstrapMacroF1, type Interval, wilsonInterval } from "./intervals";

/** Below this many reviewed passages the headline stays with the project's own passages. */
export const REVIEWED_FOR_HEADLINE = 30;

export interface ReviewerAgreement {
  reviewed: number;
  folds: number;
  metrics: Metrics;
  accuracyInterval: Interval;
  macroF1Interval: Interval;
}

export function reviewerAgreement(examples: Example[], isReviewed: (e: Example) => boolean, trainer: Trainer, folds = 5): ReviewerAgreement | null {
  const reviewed = examples.flatMap((e, i) => (isReviewed(e) ? [i] : []));
  if (reviewed.length < 2) return null;
  const k = Math.min(folds, reviewed.length);
  const testSets = kFoldSplits(reviewed.length, k).map((fold) => fold.map((j) => reviewed[j]));
  const predictions = heldOutPredictions(examples, trainer, testSets);
  const metrics = scorePredictions(predictions, k);
  const correct = predictions.filter((p) => p.actual === p.predicted).length;
  return {
    reviewed: reviewed.length, folds: k, metrics,
    accuracyInterval: wilsonInterval(correct, predictions.length),
    macroF1Interval: bootstrapMacroF1(predictions),
  };
}
