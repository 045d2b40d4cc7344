// npm run eval   Evaluate the classifier as it is trained now (training data + reviewers' labels), held out by
// register, by subject and by fold, beside the baselines, with calibration, agreement with reviewers and the
// contrast cases (stored with the active model for the Evaluation page); then the speaker rules' scores.
import { Command } from "commander";
import { evaluateClassifier } from "../lib/classify/evaluateClassifier";
import { formatEvaluation } from "../lib/classify/formatEvaluation";
import { formatSpeakerEvaluation, speakerEvaluationReport } from "../lib/classify/speakerEvaluation";
import type { Algorithm } from "../lib/classify/model";
import { getEnv } from "../lib/env";
import { getActiveModel } from "../lib/queries/reads";
import { saveModelEvaluation } from "../lib/queries/writes";
import { trainingExamples } from "../lib/pipeline/trainingExamples";
import { exit } from "./support/exit";
import { openDatabase } from "./support/session";

const program = new Command("eval").description("Evaluate the framing classifier and its baselines; store the results with the active model.")
  .option("--folds <k>", "cross-validation folds", "5").parse();
const folds = Number(program.opts<{ folds: string }>().folds);
if (!Number.isInteger(folds) || folds < 2) program.error("--folds must be an integer of at least 2");

const session = await openDatabase();
try {
  const active = await getActiveModel();
  const { examples } = await trainingExamples();
  const report = evaluateClassifier(examples, {
    algorithm: (active?.algorithm as Algorithm | undefined) ?? "bayes", folds, threshold: getEnv().UNCERTAIN_BELOW,
    onProgress: (m) => console.error(`[eval] ${m}`),
  });
  console.log(formatEvaluation(report));
  console.log(`\n${formatSpeakerEvaluation(speakerEvaluationReport())}`);
  if (active) {
    const stored = typeof active.metrics === "object" && active.metrics ? active.metrics : {};
    await saveModelEvaluation(active.version, JSON.parse(JSON.stringify({ ...stored, ...report })));
    console.log(`\nstored with model version ${active.version}; the dashboard shows it at /evaluation`);
  } else {
    console.log("\nno model stored yet: `npm run train` stores one (with this evaluation)");
  }
} finally {
  await session.close();
}
await exit(0);
