// The classifier's evaluation as the Evaluation page shows it: where the figures come from (the active model, the
// passages it was measured on, reviewers' labels then and now), the per-label scores under each scheme against the
// baselines, reliability bins, the register and subject breakdowns, and the speaker rules' scores (code, not the
// stored model: scored as the server runs them now). `report` is null when the active model stores no evaluation.
import { CONTENDER_NAMES, CONTENDERS, type EvaluationReport, isEvaluationReport } from "../classify/evaluateClassifier";
import type { Metrics } from "../classify/evaluate";
import { sourcesSentence } from "../classify/formatEvaluation";
import { FRAMINGS } from "../classify/labels";
import type { SpeakerScores } from "../classify/evaluateSpeakers";
import { speakerEvaluationReport } from "../classify/speakerEvaluation";
import { getEnv } from "../env";
import { countHumanLabels, getActiveModel } from "../queries/reads";
import { parseEvaluationParams } from "../viewParams/views";
import { defineView, fileName } from "./view";

const SCHEMES = ["loro", "loso", "kfold"] as const;
const scores = ({ precision, recall, f1, passages }: SpeakerScores) => ({ precision, recall, f1, passages });

export const evaluationView = defineView({
  parse: parseEvaluationParams,
  async load() {
    const [model, reviewedNow] = await Promise.all([getActiveModel(), countHumanLabels()]);
    const report: EvaluationReport | null = model && isEvaluationReport(model.metrics) ? model.metrics : null;
    const s = speakerEvaluationReport();
    return {
      model: model ? { version: model.version } : null,
      source: report ? sourcesSentence(report) : null,
      reviewedNow,
      uncertainBelow: getEnv().UNCERTAIN_BELOW,
      report,
      speakers: { all: scores(s), development: scores(s.development), heldOut: scores(s.heldOut) },
    };
  },
  file: {
    table: ({ report, speakers }, { table }): object[] => {
      if (table === "speakers") return Object.entries(speakers).map(([set, x]) => ({ set, ...x }));
      if (!report) return [];
      const measured = (): { scheme: string; model: string; metrics: Metrics }[] => [
        ...SCHEMES.flatMap((scheme) => CONTENDERS.map((k) => ({ scheme, model: CONTENDER_NAMES[k], metrics: report[scheme][k] }))),
        ...(report.reviewers ? [{ scheme: "reviewers", model: CONTENDER_NAMES.voice, metrics: report.reviewers.metrics }] : []),
      ];
      switch (table) {
        case "scores":
          return measured().flatMap(({ scheme, model, metrics }) => FRAMINGS.map((label) => {
            const { precision, recall, f1, support } = metrics.perClass[label];
            return { scheme, model, label, precision, recall, f1, support };
          }));
        case "schemes":
          return measured().map(({ scheme, model, metrics: { accuracy, macroF1, examples, folds } }) => ({ scheme, model, accuracy, macroF1, examples, folds }));
        // stored as jsonb, whose keys come back in its own order: the columns are named here
        case "reliability":
          return report.calibration.heldOut.reliability.map(({ from, to, count, confidence, accuracy }) => ({ from, to, count, confidence, accuracy }));
        case "registers":
          return report.loroByRegister.map(({ register, examples, voice, words }) => ({ register, examples, voice, words }));
        case "subjects":
          return report.losoBySubject.map(({ subject, examples, voice, words }) => ({ subject, examples, voice, words }));
      }
      return [];
    },
    name: (data, { table }) => fileName(`evaluation-${table}`, data.model ? `model-${data.model.version}` : ""),
  },
});
