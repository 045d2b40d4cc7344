// npm run bench:classify [-- --passages 20000 --rounds 3]
// Throughput of the per-passage CPU work of ingestion, stage by stage, against the pre-optimisation code in
// tests/oracle. Both run in the same process, interleaved round by round, and each keeps its best round:
// the machine is shared, so the ratio within one run means more than any absolute figure across runs.
import { Command } from "commander";
import { countTerms } from "../lib/analysis/terms";
import { stem, tokenize } from "../lib/analysis/tokenize";
import { voiceFeatures } from "../lib/classify/features";
import { labelArticle } from "../lib/classify/labelArticle";
import { trainModel } from "../lib/classify/model";
import { loadTrainingData } from "../lib/classify/trainingData";
import { referenceVoiceFeatures } from "../tests/oracle/features";
import { referenceLabelArticle } from "../tests/oracle/labelArticle";
import { referencePredictor } from "../tests/oracle/predict";
import { referenceCountTerms } from "../tests/oracle/terms";
import { referenceStem, referenceTokenize } from "../tests/oracle/tokenize";
import { TRAINING_DIR } from "../lib/pipeline/trainAndStore";
import { generateCorpus } from "../bench/synthetic/generateCorpus";

const opts = new Command("bench-classify")
  .option("--passages <n>", "synthetic passages", "20000")
  .option("--rounds <n>", "timed rounds per implementation", "3")
  .parse().opts<{ passages: string; rounds: string }>();

const training = loadTrainingData(TRAINING_DIR);
const model = trainModel(training, "bayes");
const referencePredict = referencePredictor(model.serialize());
const articles = [...generateCorpus({ passages: Number(opts.passages), seed: 99 })].map((a) => a.text.split("\n\n").slice(1));
// synthetic prose has few quotations or named speakers; the real training passages have many
const passages = [...articles.flat(), ...training.map((e) => e.text)];

interface Stage { name: string; count: number; fast: () => void; reference: () => void }
const stages: Stage[] = [
  { name: "tokenize+stem", count: passages.length, fast: () => passages.forEach((p) => tokenize(p).map(stem)), reference: () => passages.forEach((p) => referenceTokenize(p).map(referenceStem)) },
  { name: "voiceFeatures", count: passages.length, fast: () => passages.forEach((p) => voiceFeatures(p)), reference: () => passages.forEach((p) => referenceVoiceFeatures(p)) },
  { name: "model.predict", count: passages.length, fast: () => passages.forEach((p) => model.predict(p)), reference: () => passages.forEach((p) => referencePredict(p)) },
  { name: "labelArticle (synthetic articles)", count: articles.length ? articles.flat().length : 0, fast: () => articles.forEach((a) => labelArticle(a, model)), reference: () => articles.forEach((a) => referenceLabelArticle(a, referencePredict)) },
  { name: "countTerms", count: passages.length, fast: () => passages.forEach((p) => countTerms(p)), reference: () => passages.forEach((p) => referenceCountTerms(p)) },
  {
    name: "labelArticle + countTerms (ingest CPU)", count: articles.flat().length,
    fast: () => articles.forEach((a) => { labelArticle(a, model); a.forEach((p) => countTerms(p)); }),
    reference: () => articles.forEach((a) => { referenceLabelArticle(a, referencePredict); a.forEach((p) => referenceCountTerms(p)); }),
  },
];

function seconds(fn: () => void): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}

const rows = stages.map(({ name, count, fast, reference }) => {
  let bestFast = Infinity;
  let bestReference = Infinity;
  for (let round = 0; round < Number(opts.rounds); round++) {
    bestReference = Math.min(bestReference, seconds(reference));
    bestFast = Math.min(bestFast, seconds(fast));
  }
  return { stage: name, "reference /s": Math.round(count / bestReference), "optimised /s": Math.round(count / bestFast), speedup: `${(bestReference / bestFast).toFixed(1)}×` };
});
console.log(`${passages.length} passages (${articles.flat().length} synthetic in ${articles.length} articles, ${training.length} training)`);
console.table(rows);
