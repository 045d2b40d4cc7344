// A framing classifier built on natural, with scores that sum to one. Serialized as JSON so that the same
// model can live in the database, in a file, and be restored by any process.
import natural from "../nlp";
import { FRAMINGS, type FramingLabel } from "./labels";
import { voiceFeatures, type VoiceContext } from "./features";
import { tokenize } from "../analysis/tokenize";

export const ALGORITHMS = ["bayes", "logistic-regression"] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

/** "voice": word stems plus the voice markers; "words": plain bag of words, the baseline it must beat. */
export const FEATURE_SETS = ["voice", "words"] as const;
export type FeatureSet = (typeof FEATURE_SETS)[number];

// Evaluation trains dozens of models on the same passages: their features are computed once. Bounded, so a
// long-running server labelling new text does not grow it without end.
const featureMemo = new Map<string, readonly string[]>();
function memoVoiceFeatures(text: string, context?: VoiceContext): string[] {
  if (context) return voiceFeatures(text, context);
  let features = featureMemo.get(text);
  if (!features) {
    if (featureMemo.size >= 5000) featureMemo.clear();
    features = voiceFeatures(text);
    featureMemo.set(text, features);
  }
  return [...features];
}

const FEATURES: Record<FeatureSet, (text: string, context?: VoiceContext) => string[]> = {
  voice: memoVoiceFeatures,
  words: (text) => tokenize(text),
};

export interface TrainOptions {
  features?: FeatureSet;
}

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

type Classifier = natural.BayesClassifier | natural.LogisticRegressionClassifier;

// apparatus's naive Bayes state, read to compute log-posteriors: its own getClassifications multiplies
// raw probabilities and underflows to 0 on long passages.
interface BayesState {
  classFeatures: Record<string, Record<number, number>>;
  classTotals: Record<string, number>;
  totalExamples: number;
  smoothing: number;
}

export function trainModel(examples: { text: string; label: FramingLabel }[], algorithm: Algorithm, options: TrainOptions = {}): FramingModel {
  const features = options.features ?? "voice";
  const classifier = algorithm === "bayes" ? new natural.BayesClassifier() : new natural.LogisticRegressionClassifier();
  fastFeatureLookup(classifier);
  for (const { text, label } of examples) classifier.addDocument(FEATURES[features](text), label);
  if (algorithm === "logistic-regression") pruneRareFeatures(classifier, LR_MIN_FEATURE_COUNT);
  classifier.train();
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
  if (algorithm === "bayes") return wrap(natural.BayesClassifier.restore(classifier), algorithm, features, temperature);
  if (algorithm === "logistic-regression") return wrap(natural.LogisticRegressionClassifier.restore(classifier), algorithm, features, temperature);
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

function wrap(classifier: Classifier, algorithm: Algorithm, features: FeatureSet, temperature: number): FramingModel {
  fastFeatureLookup(classifier);
  const raw = algorithm === "bayes" ? bayesScores(classifier) : logisticScores(classifier);
  return {
    algorithm, features, temperature,
    predict(text, context) {
      const scores = applyTemperature(raw(FEATURES[features](text, context)), temperature);
      const label = FRAMINGS.reduce((best, l) => (scores[l] > scores[best] ? l : best), FRAMINGS[0]);
      return { label, confidence: scores[label], scores };
    },
    withTemperature: (t) => wrap(classifier, algorithm, features, t),
    serialize: () => JSON.stringify({ algorithm, features, temperature, classifier: JSON.parse(JSON.stringify(classifier)) }),
  };
}

/** Temperature scaling (Guo et al. 2017): p_i ∝ p_i^(1/T). T > 1 softens overconfident scores; the ranking never changes. */
export function applyTemperature(scores: Record<FramingLabel, number>, temperature: number): Record<FramingLabel, number> {
  if (temperature === 1) return scores;
  const logs = FRAMINGS.map((l) => Math.log(Math.max(scores[l], 1e-300)) / temperature);
  return normalise(softmax(logs));
}

function bayesScores(classifier: Classifier) {
  const state = classifier.classifier as unknown as BayesState;
  // natural numbers features by their order in `features`; looking each observed token up in a map is the
  // same Bernoulli-present computation as its textToFeatures, without scanning the whole vocabulary
  const index = new Map(Object.keys(classifier.features as Record<string, number>).map((f, i) => [f, i]));
  const priors = FRAMINGS.map((label) => Math.log((state.classTotals[label] ?? 1) / state.totalExamples));
  return (features: string[]) => {
    const present = [...new Set(features)].flatMap((f) => (index.has(f) ? [index.get(f)!] : []));
    const logs = FRAMINGS.map((label, k) => {
      const counts = state.classFeatures[label] ?? {};
      const total = state.classTotals[label] ?? 1;
      let log = priors[k];
      for (const i of present) log += Math.log((counts[i] || state.smoothing) / total);
      return log;
    });
    return normalise(softmax(logs));
  };
}

function logisticScores(classifier: Classifier) {
  return (features: string[]) => {
    const values = Object.fromEntries(classifier.getClassifications(features).map((c) => [c.label, c.value]));
    return normalise(FRAMINGS.map((l) => values[l] ?? 0));
  };
}

function softmax(logs: number[]): number[] {
  const max = Math.max(...logs);
  return logs.map((l) => Math.exp(l - max));
}

function normalise(values: number[]): Record<FramingLabel, number> {
  const sum = values.reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(FRAMINGS.map((l, i) => [l, sum ? values[i] / sum : 1 / FRAMINGS.length])) as Record<FramingLabel, number>;
}
