// The evaluation as plain text, for `npm run eval` and `npm run train`: where each number comes from first.
import { formatMetrics } from "./evaluate";
import { CONTENDER_NAMES, CONTENDERS, type EvaluationReport } from "./evaluateClassifier";
import { FRAMINGS } from "./labels";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function sourcesSentence(r: EvaluationReport): string {
  const reviewed = r.sources.reviewed ? ` and ${r.sources.reviewed} passages labelled by this corpus's reviewers` : "";
  return `${r.sources.projectWritten} passages written by the project (${r.registers.length} registers, ${r.subjects.length} subjects)${reviewed}. ` +
    "Scores on project-written passages measure the model on text like its training data, not accuracy on real reporting.";
}

export function formatEvaluation(r: EvaluationReport): string {
  const v = r.loro.voice;
  const headline = r.reviewersHeadline && r.reviewers
    ? [
      `== headline: agreement with your reviewers (${r.reviewers.reviewed} reviewed passages, each predicted by a model that did not train on it)`,
      `accuracy ${pct(r.reviewers.metrics.accuracy)} (95% ${pct(r.reviewers.accuracyInterval.low)}–${pct(r.reviewers.accuracyInterval.high)}), ` +
        `macro-F1 ${pct(r.reviewers.metrics.macroF1)} (95% ${pct(r.reviewers.macroF1Interval.low)}–${pct(r.reviewers.macroF1Interval.high)})`,
    ]
    : [
      `== headline: leave-one-register-out on project-written passages (each register held out whole)`,
      `macro-F1 ${pct(v.macroF1)}; ${FRAMINGS.map((l) => `${l} F1 ${pct(v.perClass[l].f1)}`).join(", ")}`,
      r.sources.reviewed ? `(${r.sources.reviewed} reviewed passages so far: agreement with reviewers becomes the headline at 30)` : "(no passages reviewed on this corpus yet)",
    ];
  const summary = [
    `\n${"macro-F1".padEnd(30)} ${"by register".padStart(12)} ${"by subject".padStart(12)} ${"k-fold".padStart(8)}`,
    ...CONTENDERS.map((c) => `${CONTENDER_NAMES[c].padEnd(30)} ${pct(r.loro[c].macroF1).padStart(12)} ${pct(r.loso[c].macroF1).padStart(12)} ${pct(r.kfold[c].macroF1).padStart(8)}`),
  ];
  const sections = (["loro", "loso", "kfold"] as const).map((s) => `\n== voice model: ${SCHEME_NAMES[s]}\n${formatMetrics(r[s].voice)}`);
  const groups = (title: string, rows: { name: string; examples: number; voice: number; words: number }[]) => [
    `\n== ${title}`,
    `${"".padEnd(28)} ${"passages".padStart(8)} ${"voice".padStart(8)} ${"words".padStart(8)}`,
    ...rows.map((g) => `${g.name.padEnd(28)} ${String(g.examples).padStart(8)} ${pct(g.voice).padStart(8)} ${pct(g.words).padStart(8)}`),
  ];
  const c = r.calibration;
  const h = c.heldOut;
  const calibration = [
    `\n== confidence on held-out registers (temperature fitted on the other registers' predictions)`,
    `expected calibration error ${pct(h.before.ece)} → ${pct(h.after.ece)}; log-loss ${h.before.nll.toFixed(3)} → ${h.after.nll.toFixed(3)}`,
    `wrong at ≥ ${h.highConfidenceErrors.threshold} confidence: ${h.highConfidenceErrors.count} of ${h.highConfidenceErrors.total} (${pct(h.highConfidenceErrors.share)}); ` +
      `uncalibrated ${h.highConfidenceErrorsBefore.count} (${pct(h.highConfidenceErrorsBefore.share)})`,
    `reliability (confidence bin: passages, mean confidence → share right)`,
    ...h.reliability.filter((b) => b.count).map((b) => `  ${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${String(b.count).padStart(5)}  ${pct(b.confidence).padStart(6)} → ${pct(b.accuracy).padStart(6)}`),
    `stored model's temperature ${c.temperature} (fitted on all leave-one-register-out predictions); ` +
      `below ${c.threshold} ("uncertain"): ${pct(c.uncertainShare)} of passages, ${pct(c.accuracyBelow)} right; the rest ${pct(c.accuracyAbove)} right`,
  ];
  const reviewers = r.reviewers && !r.reviewersHeadline
    ? [`\n== agreement with reviewers (${r.reviewers.reviewed} passages, too few for a headline): accuracy ${pct(r.reviewers.metrics.accuracy)} (95% ${pct(r.reviewers.accuracyInterval.low)}–${pct(r.reviewers.accuracyInterval.high)})`]
    : r.reviewers ? [`\n== agreement with reviewers\n${formatMetrics(r.reviewers.metrics)}`] : [];
  const contrast = r.contrast
    ? [
      `\n== contrast cases written for the error classes, never trained on: ${r.contrast.correct} of ${r.contrast.total} right`,
      ...r.contrast.byClass.map((k) => `  ${k.class.padEnd(26)} ${k.correct}/${k.total}`),
      ...r.contrast.wrong.map((w) => `  wrong (${w.class}): ${w.expected} read as ${w.predicted} at ${w.confidence.toFixed(2)}: ${w.text.slice(0, 90)}…`),
    ]
    : [];
  return [
    `${r.algorithm}, ${r.examples} examples. Source: ${sourcesSentence(r)}`, "", ...headline, ...summary, ...sections,
    ...groups("each register held out (macro-F1)", r.loroByRegister.map((g) => ({ name: g.register, ...g }))),
    ...groups("each subject held out (macro-F1)", r.losoBySubject.map((g) => ({ name: g.subject, ...g }))),
    ...calibration, ...reviewers, ...contrast,
  ].join("\n");
}

export const SCHEME_NAMES = {
  loro: "leave-one-register-out (each register held out whole)",
  loso: "leave-one-subject-out (each subject held out whole)",
  kfold: "k-fold cross-validation (every register and subject seen in training)",
} as const;
