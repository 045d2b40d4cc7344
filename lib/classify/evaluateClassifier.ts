// The evaluation a user can read: the voice model against two baselines, with every number computed from
// held-out predictions, and said where it comes from.
// - leave-one-register-out (the headline on the project's passages): each register (briefing transcript,
//   white paper, NGO report, social-media post, …) in turn is held out whole, the test of a model that must
//   read styles it has never seen; the temperature that calibrates the model is fitted on these predictions;
// - leave-one-subject-out: each subject held out whole;
// - k-fold cross-validation: passages shuffled into folds, every style and subject seen in training;
// - agreement with the corpus's reviewers, once they have labelled enough passages (the figure that speaks
//   for real reporting);
// - contrast cases written for the classes of error seen on real reporting, never trained on.
import { bagOfWords, majorityClass } from "./baselines";
import { fitTemperature, rescale, thresholdSplit } from "./calibrate";
import { type ContrastResult, loadContrastCases, scoreContrastCases } from "./contrastCases";
import { type Example, heldOutPredictions, type HeldOutPrediction, kFoldSplits, type Metrics, registerSplits, scorePredictions, subjectSplits, type Trainer } from "./evaluate";
import { type Algorithm, type FramingModel, trainModel } from "./model";
import { type HeldOutCalibration, heldOutCalibration } from "./reliability";
import { REVIEWED_FOR_HEADLINE, type ReviewerAgreement, reviewerAgreement } from "./reviewerAgreement";

export const CONTENDERS = ["voice", "words", "majority"] as const;
export type Contender = (typeof CONTENDERS)[number];
export const CONTENDER_NAMES: Record<Contender, string> = {
  voice: "voice features (the model)",
  words: "bag of words (baseline)",
  majority: "majority class (baseline)",
};

/** Reviewers' labels join the training data under this subject and register. */
export const REVIEWED = "reviewed";

type Scheme = "kfold" | "loso" | "loro";
interface GroupScore { examples: number; voice: number; words: number }

export interface EvaluationReport {
  algorithm: Algorithm;
  examples: number;
  /** passages written by the project, and labels set by the corpus's reviewers */
  sources: { projectWritten: number; reviewed: number };
  subjects: string[];
  registers: string[];
  folds: number;
  kfold: Record<Contender, Metrics>;
  loso: Record<Contender, Metrics>;
  loro: Record<Contender, Metrics>;
  /** macro-F1 on each held-out subject and register */
  losoBySubject: ({ subject: string } & GroupScore)[];
  loroByRegister: ({ register: string } & GroupScore)[];
  calibration: {
    /** fitted on the leave-one-register-out predictions; the stored model scores with it */
    temperature: number;
    fittedOn: "leave-one-register-out";
    /** register-held-out predictions, each register rescaled by a temperature fitted on the others */
    heldOut: HeldOutCalibration;
    threshold: number;
    uncertainShare: number;
    accuracyBelow: number;
    accuracyAbove: number;
  };
  /** k-fold over the reviewed passages; null until there are any */
  reviewers: ReviewerAgreement | null;
  /** true when reviewers have labelled enough passages for their agreement to be the headline */
  reviewersHeadline: boolean;
  contrast: ContrastResult | null;
  evaluatedAt: string;
}

export function evaluateClassifier(
  examples: Example[],
  options: {
    algorithm?: Algorithm; folds?: number; threshold?: number; contrastFile?: string; onProgress?: (m: string) => void;
    /** the model fitted on every example, when the caller has one (it labels the contrast cases) */
    fitted?: FramingModel;
  } = {},
): EvaluationReport {
  const algorithm = options.algorithm ?? "bayes";
  const folds = options.folds ?? 5;
  const trainers: Record<Contender, Trainer> = { voice: (train) => trainModel(train, algorithm), words: bagOfWords, majority: majorityClass };
  const subjects = subjectSplits(examples);
  const registers = registerSplits(examples);
  const splits: Record<Scheme, number[][]> = {
    kfold: kFoldSplits(examples.length, folds),
    loso: subjects.map((s) => s.indices),
    loro: registers.map((r) => r.indices),
  };
  const metrics = { kfold: {}, loso: {}, loro: {} } as Record<Scheme, Record<Contender, Metrics>>;
  const predictions = { kfold: {}, loso: {}, loro: {} } as Record<Scheme, Record<Contender, HeldOutPrediction[]>>;
  for (const contender of CONTENDERS) {
    options.onProgress?.(`${CONTENDER_NAMES[contender]}: leave-one-register-out over ${registers.length} registers, leave-one-subject-out over ${subjects.length} subjects, ${folds}-fold`);
    for (const scheme of ["kfold", "loso", "loro"] as const) {
      predictions[scheme][contender] = heldOutPredictions(examples, trainers[contender], splits[scheme]);
      metrics[scheme][contender] = scorePredictions(predictions[scheme][contender], splits[scheme].length);
    }
  }
  const byGroup = (scheme: Scheme, key: "subject" | "register", group: string): GroupScore => {
    const of = (c: Contender) => scorePredictions(predictions[scheme][c].filter((p) => p[key] === group)).macroF1;
    return { examples: predictions[scheme].voice.filter((p) => p[key] === group).length, voice: of("voice"), words: of("words") };
  };
  const loroVoice = predictions.loro.voice;
  const temperature = fitTemperature(loroVoice);
  const calibrated = rescale(loroVoice, temperature);
  const reviewed = examples.filter((e) => e.subject === REVIEWED).length;
  const reviewers = reviewerAgreement(examples, (e) => e.subject === REVIEWED, trainers.voice, folds);
  const contrastCases = loadContrastCases(options.contrastFile);
  const full = contrastCases.length ? (options.fitted ?? trainModel(examples, algorithm)).withTemperature(temperature) : null;
  return {
    algorithm, examples: examples.length, sources: { projectWritten: examples.length - reviewed, reviewed },
    subjects: subjects.map((s) => s.subject), registers: registers.map((r) => r.register), folds,
    kfold: metrics.kfold, loso: metrics.loso, loro: metrics.loro,
    losoBySubject: subjects.map(({ subject }) => ({ subject, ...byGroup("loso", "subject", subject) })),
    loroByRegister: registers.map(({ register }) => ({ register, ...byGroup("loro", "register", register) })),
    calibration: {
      temperature, fittedOn: "leave-one-register-out",
      heldOut: heldOutCalibration(loroVoice, (p) => p.register ?? "unknown"),
      ...thresholdSplit(calibrated, options.threshold ?? 0.6),
    },
    reviewers, reviewersHeadline: (reviewers?.reviewed ?? 0) >= REVIEWED_FOR_HEADLINE,
    contrast: full ? scoreContrastCases(contrastCases, (text) => full.predict(text)) : null,
    evaluatedAt: new Date().toISOString(),
  };
}

/** A stored metrics value is a full evaluation of this shape (older models stored less). */
export function isEvaluationReport(value: unknown): value is EvaluationReport {
  return typeof value === "object" && value !== null && "loro" in value && "kfold" in value && "calibration" in value && "sources" in value;
}
