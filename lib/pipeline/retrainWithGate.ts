// Retraining with a gate (`npm run train`, the Review page's Retrain button): train a candidate on the training
// data and every reviewed passage, compare it with the active version on passages neither trained on
// (lib/review/compareWithActive.ts), and make it active only if it is not worse (lib/review/gateDecision.ts).
// Every attempt is stored with its comparison and what was decided.
import os from "node:os";
import { getEnv } from "../env";
import type { Trainer } from "../classify/evaluate";
import { ALGORITHMS, type Algorithm, restoreModel, trainModel } from "../classify/model";
import { trainBestModel, type TrainingReport } from "../classify/trainBestModel";
import { type Comparison, compareWithActive } from "../review/compareWithActive";
import { decideActivation, GATE_TOLERANCE, type GateDecision } from "../review/gateDecision";
import type { StoredComparison } from "../review/storedComparison";
import { getActiveModel } from "../queries/reads";
import { finishTrainingAttempt, getTrainingAttempt, startTrainingAttempt, type TrainingAttempt, updateTrainingAttempt } from "../queries/writes";
import { storeModelVersion } from "./storeModelVersion";
import { trainingProcessEnded } from "./trainingProcess";
import { reviewedExample, trainingExamples } from "./trainingExamples";

export interface RetrainOptions {
  trigger?: "cli" | "dashboard";
  /** an attempt the server already started (the Retrain button), which this process now runs */
  attemptId?: number;
  folds?: number;
  algorithms?: readonly Algorithm[];
  onProgress?: (message: string) => void;
  /** the candidate's recipe in the comparison (default: the chosen algorithm); tests offer a worse one here */
  candidateTrainer?: Trainer;
}

export interface RetrainOutcome {
  attemptId: number;
  status: "activated" | "refused";
  /** the version compared with (null: none was active) */
  comparedWith: number | null;
  /** the version active afterwards */
  version: number;
  comparison: Comparison | null;
  decision: GateDecision;
  report: TrainingReport;
  reviewed: number;
  file: string | null;
}

export class TrainingAlreadyRunning extends Error {
  constructor(readonly attempt: TrainingAttempt) {
    super(`a training run is already running (attempt ${attempt.id}, started ${attempt.startedAt.toISOString()}${attempt.progress ? `: ${attempt.progress}` : ""})`);
  }
}

const recipes = new Map<Algorithm, Trainer>();
const recipe = (algorithm: Algorithm): Trainer => {
  if (!recipes.has(algorithm)) recipes.set(algorithm, (train) => trainModel(train, algorithm));
  return recipes.get(algorithm)!;
};

async function claimAttempt(options: RetrainOptions): Promise<number> {
  if (options.attemptId !== undefined) {
    const attempt = await getTrainingAttempt(options.attemptId);
    if (attempt?.status !== "running") throw new Error(`training attempt ${options.attemptId} is ${attempt ? attempt.status : "not stored"}: there is nothing to run`);
    await updateTrainingAttempt(options.attemptId, { pid: process.pid });
    return options.attemptId;
  }
  const started = await startTrainingAttempt({ trigger: options.trigger ?? "cli", pid: process.pid, host: os.hostname() }, trainingProcessEnded);
  if (!started.ok) throw new TrainingAlreadyRunning(started.running);
  return started.id;
}

export async function retrainWithGate(options: RetrainOptions = {}): Promise<RetrainOutcome> {
  const attemptId = await claimAttempt(options);
  const say = async (progress: string) => {
    options.onProgress?.(progress);
    await updateTrainingAttempt(attemptId, { progress });
  };
  try {
    const { examples, training, human } = await trainingExamples();
    const active = await getActiveModel();
    const folds = options.folds ?? 5;
    await updateTrainingAttempt(attemptId, { activeVersion: active?.version ?? null });
    await say(`training the candidate on ${examples.length} examples, ${human.length} of them reviewed`);
    const { model, report } = trainBestModel(examples, { algorithms: options.algorithms, folds, threshold: getEnv().UNCERTAIN_BELOW, onProgress: options.onProgress });
    let comparison: Comparison | null = null;
    if (active) {
      await say(`comparing the candidate with version ${active.version} (${folds} folds)`);
      const seen = new Set(active.reviewedPassageIds);
      const activeAlgorithm = ALGORITHMS.find((a) => a === active.algorithm) ?? "bayes";
      comparison = compareWithActive({
        training,
        reviewed: human.map((h) => ({ id: h.id, example: reviewedExample(h), seenByActive: seen.has(h.id) })),
        active: { version: active.version, model: restoreModel(active.serialized) },
        candidateTrainer: options.candidateTrainer ?? recipe(report.chosen),
        activeTrainer: recipe(activeAlgorithm),
        folds,
        onProgress: options.onProgress,
      });
    }
    const decision = decideActivation(comparison);
    const stored: StoredComparison = {
      comparison, tolerance: GATE_TOLERANCE, worseOn: decision.worseOn,
      algorithm: report.chosen, trainingSize: report.trainingSize, reviewed: human.length,
    };
    const base = { attemptId, comparedWith: active?.version ?? null, comparison, decision, report, reviewed: human.length };
    if (!decision.activate) {
      await finishTrainingAttempt(attemptId, { status: "refused", reason: decision.reason, comparison: JSON.parse(JSON.stringify(stored)) });
      return { ...base, status: "refused", version: active!.version, file: null };
    }
    await say("storing the new version");
    const { version, file } = await storeModelVersion(model, report, human.map((h) => h.id), { replacing: active?.version ?? null });
    await finishTrainingAttempt(attemptId, { status: "activated", reason: decision.reason, candidateVersion: version, comparison: JSON.parse(JSON.stringify(stored)) });
    return { ...base, status: "activated", version, file };
  } catch (e) {
    await finishTrainingAttempt(attemptId, { status: "failed", reason: e instanceof Error ? e.message : String(e) }).catch(() => {});
    throw e;
  }
}
