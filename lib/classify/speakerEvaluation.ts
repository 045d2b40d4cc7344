// The speaker scores `npm run eval` and `npm run eval:speakers` print: the whole test set, and its two parts
// (the part the rules were tuned on, and the held-out part written afterwards).
import path from "node:path";
import { evaluateSpeakers, type SpeakerScores } from "./evaluateSpeakers";
import { DEVELOPMENT_FILES, HELD_OUT_FILE, loadSpeakerCases, SPEAKER_SET_DIR } from "./speakerTestSet";

export interface SpeakerEvaluationReport extends SpeakerScores {
  development: SpeakerScores;
  heldOut: SpeakerScores;
}

export function speakerEvaluationReport(dir = SPEAKER_SET_DIR): SpeakerEvaluationReport {
  const development = DEVELOPMENT_FILES.flatMap((file) => loadSpeakerCases(path.join(dir, file)));
  const heldOut = loadSpeakerCases(path.join(dir, HELD_OUT_FILE));
  return { ...evaluateSpeakers([...development, ...heldOut]), development: evaluateSpeakers(development), heldOut: evaluateSpeakers(heldOut) };
}

export function formatSpeakerEvaluation(report: SpeakerEvaluationReport, { errors = 10 } = {}): string {
  const pct = (x: number) => x.toFixed(3);
  const line = (name: string, s: SpeakerScores) =>
    `${name.padEnd(12)} ${pct(s.precision)}      ${pct(s.recall)}   ${pct(s.f1)}  ${String(s.passages).padStart(8)}  ${String(s.expected).padStart(8)}  ${String(s.predicted).padStart(9)}`;
  const shown = report.errors.slice(0, errors).map((e) =>
    `  [${e.article}] expected ${who(e.expected)}, found ${who(e.predicted)}\n      ${e.text.length > 160 ? `${e.text.slice(0, 157)}…` : e.text}`);
  return [
    "Speakers (data/evaluation: a right speaker has the expected name and role)",
    "set          precision  recall  f1     passages  speakers  predicted",
    line("all", report),
    line("development", report.development),
    line("held out", report.heldOut),
    ...(!report.errors.length ? [] : errors ? [`${report.errors.length} wrong or missed${report.errors.length > errors ? `, the first ${errors}` : ""}:`, ...shown] : [`${report.errors.length} wrong or missed`]),
  ].join("\n");
}

function who(s: { name: string | null; role: string | null } | null): string {
  return s ? `${s.name ?? "(unnamed narrator)"} · ${s.role ?? "role unknown"}` : "no speaker";
}
