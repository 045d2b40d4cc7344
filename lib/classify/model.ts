// A framing classifier built on natural, with scores that sum to one. Serialized as JSON so that the same
// model can live in the database, in a file, and be restored by any process.
import { BayesClassifier, LogisticRegressionClassifier } from "../nlp";
import { FRAMINGS, type FramingLabel } from "./labels";
import { voiceFeatures, type VoiceContext } from "./features";
import { BoundedMemo } from "../analysis/boundedMemo";
import { tokenize } from "../analysis/tokenize";
import { bayesScorer, type BayesState } from "./bayesScorer";
import { applyTemperature, bestLabel, normalisedScores } from "./scores";

export { applyTemperature } from "./scores";

export const ALGORITHMS = ["bayes", "logistic-regression"] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

/** "voice": word stems plus the voice markers; "words": plain bag of words, the baseline it must beat. */
export const FEATURE_SETS = ["voice", "words"] as const;
export type FeatureSet = (typeof FEATURE_SETS)[number];

// Evaluation trains dozens of models on the same passages: their features are computed once. Bounded, so a
// long-running server labelling new text does not grow it without end.
const featureMemo = new BoundedMemo<string, readonly string[]>(5000);
function memoVoiceFeatures(text: string, context?: VoiceContext): readonly string[] {
  if (context) return voiceFeatures(text, context);
  let features = featureMemo.get(text);
  if (!features) {
    features = voiceFeatures(text);
    featureMemo.set(text, features);
  }
  return features;
}

// Scoring only reads the features; natural keeps the arrays it is trained on, so training gets its own copy.
const FEATURES: Record<FeatureSet, (text: string, context?: VoiceContext) => readonly string[]> = {
  voice: memoVoiceFeatures,
  words: (text) => tokenize(text),
};

export interface TrainOptions {
  features?: FeatureSet;
  /** naive Bayes's additive smoothing; natural's default is 1 */
  smoothing?: number;
}

/**
 * The voice model's smoothing: with stem bigrams most features are rare, and natural's default of 1 gives an
 * unseen feature as much weight as one seen once. 0.2 had the best leave-one-register-out macro-F1 of
 * 0.05, 0.1, 0.2, 0.5, 1 and 2 (docs/classifier.md).
 */
export const VOICE_SMOOTHING = 0.2;

export interface Prediction {
  label: FramingLabel;
  /** the winning label's score */
  confidence: number;
  scores: Record<FramingLabel, number>;
}

export interface FramingModel {
  algorithm: Algorithm;
  features: FeatureSet;
  /** softmax temperature fitted on held-out predictions (1 = the classifier's own scores) */
  temperature: number;
  predict(text: string, context?: VoiceContext): Prediction;
  /** the same model with its scores recalibrated */
  withTemperature(temperature: number): FramingModel;
  serialize(): string;
}

type Classifier = BayesClassifier | LogisticRegressionClassifier;

export function trainModel(examples: { text: string; label: FramingLabel }[], algorithm: Algorithm, options: TrainOptions = {}): FramingModel {
  const features = options.features ?? "voice";
  const smoothing = options.smoothing ?? (features === "voice" ? VOICE_SMOOTHING : undefined);
  const classifier = algorithm === "bayes" ? new BayesClassifier(undefined, smoothing) : new LogisticRegressionClassifier();
  fastFeatureLookup(classifier);
  for (const { text, label } of examples) classifier.addDocument([...FEATURES[features](text)], label);
  if (algorithm === "logistic-regression") {
    pruneRareFeatures(classifier, LR_MIN_FEATURE_COUNT);
    classifier.train();
  } else {
    trainBayesSparse(classifier as BayesClassifier);
  }
  return wrap(classifier, algorithm, features, 1);
}

// natural's logistic regression runs dense batch gradient descent: its cost grows with examples × vocabulary
// (≈90 s a fit on 800 passages with 850 features on 2 cores). Features seen fewer than this many times go.
const LR_MIN_FEATURE_COUNT = 5;

function pruneRareFeatures(classifier: Classifier, minCount: number): void {
  const features = classifier.features as Record<string, number>;
  for (const f of Object.keys(features)) if (features[f] < minCount) delete features[f];
}

export function restoreModel(serialized: string): FramingModel {
  const { algorithm, classifier, features = "voice", temperature = 1 } = JSON.parse(serialized) as {
    algorithm: Algorithm; classifier: Record<string, unknown>; features?: FeatureSet; temperature?: number;
  };
  if (algorithm === "bayes") return wrap(BayesClassifier.restore(classifier), algorithm, features, temperature);
  if (algorithm === "logistic-regression") return wrap(LogisticRegressionClassifier.restore(classifier), algorithm, features, temperature);
  throw new Error(`unknown classifier algorithm ${String(algorithm)}`);
}

// natural's textToFeatures looks every vocabulary entry up with Array.indexOf: O(vocabulary × passage length)
// per passage, most of a fit's time. The same 0/1 vector, in the same order, from a Set.
function fastFeatureLookup(classifier: Classifier): void {
  const instance = classifier as unknown as { features: Record<string, number>; textToFeatures(o: string[]): number[] };
  instance.textToFeatures = (observation: string[]) => {
    const present = new Set(observation);
    return Object.keys(instance.features).map((f) => (present.has(f) ? 1 : 0));
  };
}

/**
 * natural's BayesClassifier.train, without its dense vectors: it turns each document into a 0/1 vector as long
 * as the vocabulary and walks all of it, so a fit costs documents × vocabulary (most of an evaluation's
 * minutes). The same counts from each document's distinct features, in the same state natural keeps
 * (apparatus's BayesClassifier.addExample: one extra count per class and per seen feature, for smoothing).
 */
function trainBayesSparse(classifier: BayesClassifier): void {
  const instance = classifier as unknown as {
    docs: { label: string; text: string[] }[]; lastAdded: number; features: Record<string, number>;
    classifier: BayesState & { classFeatures: Record<string, Record<number, number>> };
  };
  const index = new Map(Object.keys(instance.features).map((f, i) => [f, i]));
  const state = instance.classifier;
  for (let d = instance.lastAdded; d < instance.docs.length; d++) {
    const { label, text } = instance.docs[d];
    if (!state.classFeatures[label]) {
      state.classFeatures[label] = {};
      state.classTotals[label] = 1;
    }
    state.totalExamples++;
    state.classTotals[label]++;
    const counts = state.classFeatures[label];
    for (const i of new Set(text.map((t) => index.get(t)!))) counts[i] = counts[i] ? counts[i] + 1 : 1 + state.smoothing;
  }
  instance.lastAdded = instance.docs.length;
}

function wrap(classifier: Classifier, algorithm: Algorithm, features: FeatureSet, temperature: number): FramingModel {
  fastFeatureLookup(classifier);
  const raw = algorithm === "bayes" ? bayesScores(classifier) : logisticScores(classifier);
  return {
    algorithm, features, temperature,
    predict(text, context) {
      const scores = applyTemperature(raw(FEATURES[features](text, context)), temperature);
      const label = bestLabel(scores);
      return { label, confidence: scores[label], scores };
    },
    withTemperature: (t) => wrap(classifier, algorithm, features, t),
    // natural keeps every training document's features (`docs`), which prediction never reads: a stored
    // model without them is a fifth of the size
    serialize: () => JSON.stringify({ algorithm, features, temperature, classifier: { ...JSON.parse(JSON.stringify(classifier)), docs: [] } }),
  };
}

function bayesScores(classifier: Classifier) {
  // natural numbers features by their order in `features`
  return bayesScorer(classifier.classifier as unknown as BayesState, Object.keys(classifier.features as Record<string, number>));
}

function logisticScores(classifier: Classifier) {
  return (features: readonly string[]) => {
    const values = Object.fromEntries(classifier.getClassifications([...features]).map((c) => [c.label, c.value]));
    return normalisedScores(FRAMINGS.map((l) => values[l] ?? 0));
  };
}
