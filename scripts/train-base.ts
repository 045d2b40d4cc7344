// npm run train:base   Train on data/training alone (no database, no reviewers' labels), evaluate, and write the
// shipped base model (data/classifier/base-model.json) that a fresh clone labels with.
import { Command } from "commander";
import { formatEvaluation } from "../lib/classify/formatEvaluation";
import { trainBestModel } from "../lib/classify/trainBestModel";
import { loadTrainingData } from "../lib/classify/trainingData";
import { getEnv } from "../lib/env";
import { BASE_MODEL_FILE, trainingFingerprint, writeBaseModel } from "../lib/pipeline/baseModel";
import { TRAINING_DIR } from "../lib/pipeline/trainingExamples";
import { exit } from "./support/exit";

new Command("train:base").description("Train, evaluate and write the shipped base model from data/training alone.").parse();
const examples = loadTrainingData(TRAINING_DIR);
const { model, report } = trainBestModel(examples, { algorithms: ["bayes"], threshold: getEnv().UNCERTAIN_BELOW, onProgress: (m) => console.error(`[train:base] ${m}`) });
console.log(formatEvaluation(report));
writeBaseModel({ fingerprint: trainingFingerprint(TRAINING_DIR), algorithm: model.algorithm, trainingSize: examples.length, report, serialized: model.serialize() });
console.log(`\nwrote ${BASE_MODEL_FILE} (${examples.length} examples)`);
await exit(0);
