// The evaluation a user can read: the voice model against two baselines, under k-fold cross-validation and
// under leave-one-subject-out (each subject in turn is held out whole: the test of a classifier that must
// work on subjects it has never seen), plus how well its confidence is calibrated. Every number here is
// computed from held-out predictions.
import { bagOfWords, majorityClass } from "./baselines";
import { type CalibrationQuality, calibrationQuality, fitTemperature, rescale, thresholdSplit } from "./calibrate";
import { type Example, heldOutPredictions, kFoldSplits, type Metrics, scorePredictions, subjectSplits, type Trainer } from "./evaluate";
import { type Algorithm, trainModel } from "./model";

export const CONTENDERS = ["voice", "words", "majority"] as const;
export type Contender = (typeof CONTENDERS)[number];
export const CONTENDER_NAMES: Record<Contender, string> = {
  voice: "voice features (the model)",
  words: "bag of words (baseline)",
  majority: "majority class (baseline)",
};

export interface EvaluationReport {
  algorithm: Algorithm;
  examples: number;
  subjects: string[];
  folds: number;
  kfold: Record<Contender, Metrics>;
  loso: Record<Contender, Metrics>;
  /** macro-F1 on each held-out subject */
  losoBySubject: { subject: string; examples: number; voice: number; words: number }[];
  calibration: {
    /** fitted on the k-fold predictions, judged on the leave-one-subject-out ones */
    temperature: number;
    before: CalibrationQuality;
    after: CalibrationQuality;
    threshold: number;
    uncertainShare: number;
    accuracyBelow: number;
    accuracyAbove: number;
  };
  evaluatedAt: string;
}

export function evaluateClassifier(
  examples: Example[],
  options: { algorithm?: Algorithm; folds?: number; threshold?: number; onProgress?: (m: string) => void } = {},
): EvaluationReport {
  const algorithm = options.algorithm ?? "bayes";
  const folds = options.folds ?? 5;
  const trainers: Record<Contender, Trainer> = { voice: (train) => trainModel(train, algorithm), words: bagOfWords, majority: majorityClass };
  const kSplits = kFoldSplits(examples.length, folds);
  const subjects = subjectSplits(examples);
  const kfold = {} as Record<Contender, Metrics>;
  const loso = {} as Record<Contender, Metrics>;
  const losoPredictions = {} as Record<Contender, ReturnType<typeof heldOutPredictions>>;
  let voiceKfold: ReturnType<typeof heldOutPredictions> = [];
  for (const contender of CONTENDERS) {
    options.onProgress?.(`${CONTENDER_NAMES[contender]}: ${folds}-fold cross-validation, then leave-one-subject-out over ${subjects.length} subjects`);
    const k = heldOutPredictions(examples, trainers[contender], kSplits);
    if (contender === "voice") voiceKfold = k;
    kfold[contender] = scorePredictions(k, folds);
    losoPredictions[contender] = heldOutPredictions(examples, trainers[contender], subjects.map((s) => s.indices));
    loso[contender] = scorePredictions(losoPredictions[contender], subjects.length);
  }
  const temperature = fitTemperature(voiceKfold);
  const calibrated = rescale(losoPredictions.voice, temperature);
  const losoBySubject = subjects.map(({ subject, indices }) => {
    const of = (c: Contender) => scorePredictions(losoPredictions[c].filter((p) => p.subject === subject)).macroF1;
    return { subject, examples: indices.length, voice: of("voice"), words: of("words") };
  });
  return {
    algorithm, examples: examples.length, subjects: subjects.map((s) => s.subject), folds, kfold, loso, losoBySubject,
    calibration: {
      temperature,
      before: calibrationQuality(losoPredictions.voice),
      after: calibrationQuality(calibrated),
      ...thresholdSplit(calibrated, options.threshold ?? 0.6),
    },
    evaluatedAt: new Date().toISOString(),
  };
}

/** A stored metrics value is a full evaluation (older models stored only their cross-validation). */
export function isEvaluationReport(value: unknown): value is EvaluationReport {
  return typeof value === "object" && value !== null && "loso" in value && "kfold" in value && "calibration" in value;
}
