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

export interface Example { text: string; label: FramingLabel; subject?: string; register?: string }
export interface HeldOutPrediction {
  actual: FramingLabel; predicted: FramingLabel; scores: Record<FramingLabel, number>; subject?: string; register?: string;
  /** the example's position in the evaluated list */
  index: number;
}
/** Anything that learns from examples and then labels text: a natural classifier, or a baseline. */
export type Trainer = (train: Example[]) => { predict(text: string): { label: FramingLabel; scores: Record<FramingLabel, number> } };

/** Each test set's predictions come from a model trained on everything else. */
export function heldOutPredictions(examples: Example[], trainer: Trainer, testSets: number[][]): HeldOutPrediction[] {
  return testSets.flatMap((testSet) => {
    const held = new Set(testSet);
    const model = trainer(examples.filter((_, i) => !held.has(i)));
    return testSet.map((i) => {
      const { label, scores } = model.predict(examples[i].text);
      return { actual: examples[i].label, predicted: label, scores, subject: examples[i].subject, register: examples[i].register, index: i };
    });
  });
}

/** k folds: example i goes to fold (its position after a seeded shuffle) mod k, so results repeat. */
export function kFoldSplits(count: number, k = 5, seed = 42): number[][] {
  const order = shuffled(Array.from({ length: count }, (_, i) => i), seed);
  return Array.from({ length: k }, (_, fold) => order.filter((_, j) => j % k === fold));
}

/** One test set per subject: the model never sees the subject it is tested on. */
export function subjectSplits(examples: Example[]): { subject: string; indices: number[] }[] {
  return groupSplits(examples, (e) => e.subject).map(({ group, indices }) => ({ subject: group, indices }));
}

/** One test set per register (briefing transcript, white paper, NGO report, …): the model never sees its style. */
export function registerSplits(examples: Example[]): { register: string; indices: number[] }[] {
  return groupSplits(examples, (e) => e.register).map(({ group, indices }) => ({ register: group, indices }));
}

function groupSplits(examples: Example[], key: (e: Example) => string | undefined): { group: string; indices: number[] }[] {
  const byGroup = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const group = key(e) ?? "unknown";
    const indices = byGroup.get(group);
    if (indices) indices.push(i);
    else byGroup.set(group, [i]);
  });
  return [...byGroup].sort(([a], [b]) => a.localeCompare(b)).map(([group, indices]) => ({ group, indices }));
}

export function crossValidate(examples: Example[], algorithm: Algorithm, k = 5, seed = 42): Metrics {
  return scorePredictions(heldOutPredictions(examples, (train) => trainModel(train, algorithm), kFoldSplits(examples.length, k, seed)), k);
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
