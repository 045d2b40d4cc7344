// Naive Bayes prediction as it was before optimisation (see tokenize.ts in this folder for why it is kept):
// the log-posterior summed label by label over the passage's distinct known features, read straight from the
// serialized classifier state, so it shares no code with the fast path in lib/classify.
import type { VoiceContext } from "../../lib/classify/features";
import { FRAMINGS, type FramingLabel } from "../../lib/classify/labels";
import type { FeatureSet, Prediction } from "../../lib/classify/model";
import { referenceVoiceFeatures } from "./features";
import { referenceTokenize } from "./tokenize";

interface SerializedBayes {
  algorithm: string;
  features?: FeatureSet;
  temperature?: number;
  classifier: {
    features: Record<string, number>;
    classifier: { classFeatures: Record<string, Record<number, number>>; classTotals: Record<string, number>; totalExamples: number; smoothing: number };
  };
}

export function referencePredictor(serializedModel: string): (text: string, context?: VoiceContext) => Prediction {
  const { algorithm, features = "voice", temperature = 1, classifier } = JSON.parse(serializedModel) as SerializedBayes;
  if (algorithm !== "bayes") throw new Error("the reference predictor covers naive Bayes only");
  const state = classifier.classifier;
  const index = new Map(Object.keys(classifier.features).map((f, i) => [f, i]));
  const priors = FRAMINGS.map((label) => Math.log((state.classTotals[label] ?? 1) / state.totalExamples));
  const raw = (observed: string[]) => {
    const present = [...new Set(observed)].flatMap((f) => (index.has(f) ? [index.get(f)!] : []));
    const logs = FRAMINGS.map((label, k) => {
      const counts = state.classFeatures[label] ?? {};
      const total = state.classTotals[label] ?? 1;
      let log = priors[k];
      for (const i of present) log += Math.log((counts[i] || state.smoothing) / total);
      return log;
    });
    return normalise(softmax(logs));
  };
  return (text, context) => {
    const observed = features === "voice" ? referenceVoiceFeatures(text, context) : referenceTokenize(text);
    const scores = applyTemperature(raw(observed), temperature);
    const label = FRAMINGS.reduce((best, l) => (scores[l] > scores[best] ? l : best), FRAMINGS[0]);
    return { label, confidence: scores[label], scores };
  };
}

function applyTemperature(scores: Record<FramingLabel, number>, temperature: number): Record<FramingLabel, number> {
  if (temperature === 1) return scores;
  const logs = FRAMINGS.map((l) => Math.log(Math.max(scores[l], 1e-300)) / temperature);
  return normalise(softmax(logs));
}

function softmax(logs: number[]): number[] {
  const max = Math.max(...logs);
  return logs.map((l) => Math.exp(l - max));
}

function normalise(values: number[]): Record<FramingLabel, number> {
  const sum = values.reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(FRAMINGS.map((l, i) => [l, sum ? values[i] / sum : 1 / FRAMINGS.length])) as Record<FramingLabel, number>;
}
