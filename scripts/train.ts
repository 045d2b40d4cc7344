// npm run train   Retrain on data/training plus reviewers' labels, evaluate, print the results, store the new version.
import { Command } from "commander";
import { formatMetrics } from "../lib/classify/evaluate";
import { formatEvaluation } from "../lib/classify/formatEvaluation";
import { ALGORITHMS, type Algorithm } from "../lib/classify/model";
import { trainAndStore } from "../lib/pipeline/trainAndStore";
import { exit } from "./support/exit";
import { openDatabase } from "./support/session";

const program = new Command("train")
  .description("Train the framing classifier on data/training and reviewers' labels, evaluate it against the baselines, store it as the active model.")
  .option("--folds <k>", "cross-validation folds", "5")
  .option("--algorithm <name>", `${ALGORITHMS.join(" or ")}`, "bayes")
  .option("--compare", "cross-validate both algorithms and keep the better (logistic regression takes minutes per fit here)")
  .parse();
const opts = program.opts<{ folds: string; algorithm: string; compare?: boolean }>();
const folds = Number(opts.folds);
if (!Number.isInteger(folds) || folds < 2) program.error("--folds must be an integer of at least 2");
if (!ALGORITHMS.includes(opts.algorithm as Algorithm)) program.error(`--algorithm must be one of ${ALGORITHMS.join(", ")}`);

const session = await openDatabase();
try {
  const { version, report, file, reviewed } = await trainAndStore({
    folds, algorithms: opts.compare ? ALGORITHMS : [opts.algorithm as Algorithm],
    onProgress: (m) => console.error(`[train] ${m}`),
  });
  for (const [algorithm, metrics] of Object.entries(report.candidates)) {
    console.log(`\n== compared: ${algorithm}${algorithm === report.chosen ? "  (chosen)" : ""}\n${formatMetrics(metrics)}`);
  }
  console.log(`\n${formatEvaluation(report)}`);
  console.log(`\nstored model version ${version} (${report.chosen}, ${report.trainingSize} examples, ${reviewed} from reviewers) in the database and ${file}`);
} finally {
  await session.close();
}
await exit(0);
