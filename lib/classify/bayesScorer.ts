// Naive Bayes log-posteriors for a passage's features. natural's own getClassifications multiplies raw
// probabilities and underflows to 0 on long passages, so the model reads its state and sums logs instead.
// Everything that does not depend on the passage (each feature's log-likelihood under each label) is
// computed once here, so scoring a passage is one Map lookup and three additions per distinct feature.
import { FRAMINGS } from "./labels";
import { softmaxScores, type Scores } from "./scores";

/** natural's BayesClassifier state (apparatus's NaiveBayes inside it). */
export interface BayesState {
  classFeatures: Record<string, Record<number, number>>;
  classTotals: Record<string, number>;
  totalExamples: number;
  smoothing: number;
}

const LABELS = FRAMINGS.length;

/**
 * `vocabulary` in natural's feature numbering (the key order of its `features` object). Features outside
 * it are ignored, and each feature counts once however often it occurs (Bernoulli presence, as natural).
 */
export function bayesScorer(state: BayesState, vocabulary: readonly string[]): (features: readonly string[]) => Scores {
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const priors = FRAMINGS.map((label) => Math.log((state.classTotals[label] ?? 1) / state.totalExamples));
  const logLikelihoods = new Float64Array(vocabulary.length * LABELS);
  FRAMINGS.forEach((label, k) => {
    const counts = state.classFeatures[label] ?? {};
    const total = state.classTotals[label] ?? 1;
    for (let i = 0; i < vocabulary.length; i++) logLikelihoods[i * LABELS + k] = Math.log((counts[i] || state.smoothing) / total);
  });
  // which features this passage has already counted, by passage number: no Set to build per passage
  const countedIn = new Uint32Array(vocabulary.length);
  let passage = 0;
  const logs = new Float64Array(LABELS);

  return (features) => {
    if (++passage === 0xffffffff) {
      countedIn.fill(0);
      passage = 1;
    }
    for (let k = 0; k < LABELS; k++) logs[k] = priors[k];
    // first occurrences in order, as the reference summed them: the floating-point sums are identical
    for (const f of features) {
      const i = index.get(f);
      if (i === undefined || countedIn[i] === passage) continue;
      countedIn[i] = passage;
      for (let k = 0; k < LABELS; k++) logs[k] += logLikelihoods[i * LABELS + k];
    }
    return softmaxScores(logs);
  };
}
