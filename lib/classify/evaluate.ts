// k-fold cross-validation and the usual per-class measures, computed from predictions, never typed in.
import { FRAMINGS, type FramingLabel } from "./labels";
import { type Algorithm, trainModel } from "./model";

export interface ClassMetrics { precision: number; recall: number; f1: number; support: number }
export interface Metrics {
  accuracy: number;
  macroF1: number;
  perClass: Record<FramingLabel, ClassMetrics>;
  /** confusion[actual][predicted] */
  confusion: Record<FramingLabel, Record<FramingLabel, number>>;
  folds: number;
  examples: number;
}

export function scorePredictions(pairs: { actual: FramingLabel; predicted: FramingLabel }[], folds = 1): Metrics {
  const confusion = Object.fromEntries(FRAMINGS.map((a) => [a, Object.fromEntries(FRAMINGS.map((p) => [p, 0]))])) as Metrics["confusion"];
  for (const { actual, predicted } of pairs) confusion[actual][predicted] += 1;
  const perClass = Object.fromEntries(
    FRAMINGS.map((label) => {
      const tp = confusion[label][label];
      const predictedCount = FRAMINGS.reduce((s, a) => s + confusion[a][label], 0);
      const support = FRAMINGS.reduce((s, p) => s + confusion[label][p], 0);
      const precision = predictedCount ? tp / predictedCount : 0;
      const recall = support ? tp / support : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return [label, { precision, recall, f1, support }];
    }),
  ) as Metrics["perClass"];
  const correct = FRAMINGS.reduce((s, l) => s + confusion[l][l], 0);
  return {
    accuracy: pairs.length ? correct / pairs.length : 0,
    macroF1: FRAMINGS.reduce((s, l) => s + perClass[l].f1, 0) / FRAMINGS.length,
    perClass, confusion, folds, examples: pairs.length,
  };
}

/** Stratified by position: example i goes to fold i mod k after a seeded shuffle, so results repeat. */
export function crossValidate(examples: { text: string; label: FramingLabel }[], algorithm: Algorithm, k = 5, seed = 42): Metrics {
  const order = shuffled(examples.map((_, i) => i), seed);
  const pairs: { actual: FramingLabel; predicted: FramingLabel }[] = [];
  for (let fold = 0; fold < k; fold++) {
    const test = order.filter((_, j) => j % k === fold).map((i) => examples[i]);
    const train = order.filter((_, j) => j % k !== fold).map((i) => examples[i]);
    const model = trainModel(train, algorithm);
    for (const ex of test) pairs.push({ actual: ex.label, predicted: model.predict(ex.text).label });
  }
  return scorePredictions(pairs, k);
}

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function formatMetrics(m: Metrics): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [
    `accuracy ${pct(m.accuracy)}%   macro-F1 ${pct(m.macroF1)}%   (${m.examples} examples, ${m.folds}-fold)`,
    `${"class".padEnd(10)} precision recall     F1  support`,
    ...FRAMINGS.map((l) => `${l.padEnd(10)} ${pct(m.perClass[l].precision)}%  ${pct(m.perClass[l].recall)}% ${pct(m.perClass[l].f1)}% ${String(m.perClass[l].support).padStart(8)}`),
    "",
    `confusion (rows: actual, columns: predicted)`,
    `${"".padEnd(10)} ${FRAMINGS.map((l) => l.padStart(10)).join("")}`,
    ...FRAMINGS.map((a) => `${a.padEnd(10)} ${FRAMINGS.map((p) => String(m.confusion[a][p]).padStart(10)).join("")}`),
  ];
  return lines.join("\n");
}
