import { loadTrainingData } from "./lib/classify/trainingData";
import { evaluateClassifier } from "./lib/classify/evaluateClassifier";
import { formatEvaluation } from "./lib/classify/formatEvaluation";
const ex = loadTrainingData(process.argv[2] ?? "data/training");
const t = Date.now();
const r = evaluateClassifier(ex, {});
console.log(formatEvaluation(r));
console.log(Date.now() - t, "ms");
