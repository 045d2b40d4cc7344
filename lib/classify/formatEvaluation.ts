// The evaluation as plain text, for `npm run eval` and `npm run train`.
import { formatMetrics } from "./evaluate";
import { CONTENDER_NAMES, CONTENDERS, type EvaluationReport } from "./evaluateClassifier";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatEvaluation(r: EvaluationReport): string {
  const summary = [
    `${"".padEnd(30)} ${"k-fold".padStart(10)} ${"leave-one-subject-out".padStart(22)}   (macro-F1)`,
    ...CONTENDERS.map((c) => `${CONTENDER_NAMES[c].padEnd(30)} ${pct(r.kfold[c].macroF1).padStart(10)} ${pct(r.loso[c].macroF1).padStart(22)}`),
  ];
  const sections = CONTENDERS.flatMap((c) => [
    `\n== ${CONTENDER_NAMES[c]}: ${r.folds}-fold cross-validation\n${formatMetrics(r.kfold[c])}`,
    `\n== ${CONTENDER_NAMES[c]}: leave-one-subject-out\n${formatMetrics(r.loso[c])}`,
  ]);
  const bySubject = [
    `\n== leave-one-subject-out, macro-F1 on each held-out subject`,
    `${"subject".padEnd(24)} ${"examples".padStart(8)} ${"voice".padStart(8)} ${"words".padStart(8)}`,
    ...r.losoBySubject.map((s) => `${s.subject.padEnd(24)} ${String(s.examples).padStart(8)} ${pct(s.voice).padStart(8)} ${pct(s.words).padStart(8)}`),
  ];
  const c = r.calibration;
  const calibration = [
    `\n== calibration (temperature ${c.temperature}, fitted on k-fold predictions, judged on held-out subjects)`,
    `expected calibration error ${pct(c.before.ece)} → ${pct(c.after.ece)};  log-loss ${c.before.nll.toFixed(3)} → ${c.after.nll.toFixed(3)}`,
    `below ${c.threshold} confidence ("uncertain"): ${pct(c.uncertainShare)} of passages, ${pct(c.accuracyBelow)} right; the rest ${pct(c.accuracyAbove)} right`,
  ];
  return [`${r.algorithm}, ${r.examples} examples, ${r.subjects.length} subjects`, ...summary, ...sections, ...bySubject, ...calibration].join("\n");
}
