// npm run train   Retrain on data/training, cross-validate, print the results, store the new version.
import { Command } from "commander";
import { formatMetrics } from "../lib/classify/evaluate";
import { ALGORITHMS, type Algorithm } from "../lib/classify/model";
import { trainAndStore } from "../lib/pipeline/trainAndStore";
import { openDatabase } from "./support/session";

const program = new Command("train")
  .description("Train the framing classifier on data/training, compare algorithms by k-fold cross-validation, store the best as the active model.")
  .option("--folds <k>", "cross-validation folds", "5")
  .option("--algorithm <name>", `only this algorithm (${ALGORITHMS.join(", ")})`)
  .parse();
const opts = program.opts<{ folds: string; algorithm?: string }>();
const folds = Number(opts.folds);
if (!Number.isInteger(folds) || folds < 2) program.error("--folds must be an integer of at least 2");
if (opts.algorithm && !ALGORITHMS.includes(opts.algorithm as Algorithm)) program.error(`--algorithm must be one of ${ALGORITHMS.join(", ")}`);

const session = await openDatabase();
try {
  const { version, report, file } = await trainAndStore({
    folds, algorithms: opts.algorithm ? [opts.algorithm as Algorithm] : undefined,
    onProgress: (m) => console.error(`[train] ${m}`),
  });
  for (const [algorithm, metrics] of Object.entries(report.candidates)) {
    console.log(`\n== ${algorithm}${algorithm === report.chosen ? "  (chosen)" : ""}\n${formatMetrics(metrics)}`);
  }
  console.log(`\nstored model version ${version} (${report.chosen}, ${report.trainingSize} examples) in the database and ${file}`);
} finally {
  await session.close();
}
