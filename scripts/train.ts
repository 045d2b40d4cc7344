// npm run train   Retrain on data/training plus reviewers' labels, compare the candidate with the active version on
// passages neither trained on, and make it active only if it is not worse.
import { Command } from "commander";
import { formatMetrics } from "../lib/classify/evaluate";
import { formatEvaluation } from "../lib/classify/formatEvaluation";
import { ALGORITHMS, type Algorithm } from "../lib/classify/model";
import { retrainWithGate, TrainingAlreadyRunning } from "../lib/pipeline/retrainWithGate";
import { formatComparison } from "../lib/review/formatComparison";
import { GATE_TOLERANCE } from "../lib/review/gateDecision";
import { exit } from "./support/exit";
import { openDatabase } from "./support/session";

const program = new Command("train")
  .description("Train the framing classifier on data/training and reviewers' labels, compare it with the active version, and make it active only if it is not worse.")
  .option("--folds <k>", "cross-validation folds (evaluation and comparison)", "5")
  .option("--algorithm <name>", `${ALGORITHMS.join(" or ")}`, "bayes")
  .option("--compare", "cross-validate both algorithms and keep the better (logistic regression takes minutes per fit here)")
  .option("--attempt <id>", "run a training attempt the dashboard started (used by the Review page's Retrain button)")
  .parse();
const opts = program.opts<{ folds: string; algorithm: string; compare?: boolean; attempt?: string }>();
const folds = Number(opts.folds);
if (!Number.isInteger(folds) || folds < 2) program.error("--folds must be an integer of at least 2");
if (!ALGORITHMS.includes(opts.algorithm as Algorithm)) program.error(`--algorithm must be one of ${ALGORITHMS.join(", ")}`);
const attemptId = opts.attempt === undefined ? undefined : Number(opts.attempt);
if (attemptId !== undefined && !(Number.isInteger(attemptId) && attemptId > 0)) program.error("--attempt must be a positive integer");

const session = await openDatabase();
try {
  const outcome = await retrainWithGate({
    folds, attemptId, trigger: attemptId ? "dashboard" : "cli",
    algorithms: opts.compare ? ALGORITHMS : [opts.algorithm as Algorithm],
    onProgress: (m) => console.error(`[train] ${m}`),
  });
  const { report } = outcome;
  for (const [algorithm, metrics] of Object.entries(report.candidates)) {
    console.log(`\n== compared: ${algorithm}${algorithm === report.chosen ? "  (chosen)" : ""}\n${formatMetrics(metrics)}`);
  }
  console.log(`\n${formatEvaluation(report)}`);
  console.log(`\n${formatComparison(outcome.comparison, GATE_TOLERANCE)}\n`);
  const trained = `${report.chosen}, ${report.trainingSize} examples, ${outcome.reviewed} from reviewers`;
  console.log(outcome.status === "activated"
    ? `activated version ${outcome.version} (${trained}): ${outcome.decision.reason}; stored in the database and ${outcome.file}`
    : `kept version ${outcome.version}: ${outcome.decision.reason}. The candidate (${trained}) was not stored.`);
} catch (e) {
  if (!(e instanceof TrainingAlreadyRunning)) throw e;
  console.error(`error: ${e.message}`);
  process.exitCode = 1;
} finally {
  await session.close();
}
await exit(Number(process.exitCode ?? 0));
