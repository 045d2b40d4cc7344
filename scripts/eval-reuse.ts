// npm run eval:reuse   Text-reuse detection scored on the project's test set (data/evaluation/reuse): precision
// and recall of links, overlap of the reused spans, recall per kind of edit. Needs no database.
// `--compare` also scores other fingerprint settings and MinHash with banded LSH (docs/decisions/014-text-reuse.md).
import { Command } from "commander";
import { evaluateReuse, formatReuseEvaluation } from "../lib/reuse/evaluation/evaluateReuse";
import { minhashReuse } from "../lib/reuse/evaluation/minhashReuse";
import { DEFAULT_REUSE_PARAMETERS } from "../lib/reuse/reuseParameters";
import { exit } from "./support/exit";
import { REUSE_TARGETS } from "../lib/reuse/evaluation/evaluateReuse";

const program = new Command("eval:reuse").description("Score text-reuse detection on data/evaluation/reuse.")
  .option("--compare", "also score other settings and MinHash with banded LSH").parse();
const params = DEFAULT_REUSE_PARAMETERS;
const evaluation = evaluateReuse(params);
console.log(formatReuseEvaluation(evaluation, params));
if (program.opts<{ compare?: boolean }>().compare) {
  console.log("\nsetting                               precision  recall  span  ms");
  const row = (name: string, e: ReturnType<typeof evaluateReuse>) =>
    console.log(`${name.padEnd(38)}${e.score.precision.toFixed(3).padStart(9)}${e.score.recall.toFixed(3).padStart(8)}${e.score.spanJaccard.toFixed(3).padStart(6)}${e.milliseconds.toFixed(0).padStart(6)}`);
  for (const [ngram, window, minShared] of [[3, 4, 2], [3, 1, 2], [3, 4, 1], [3, 4, 3], [2, 4, 2], [4, 4, 2], [5, 4, 2], [4, 6, 2], [3, 6, 2]]) {
    row(`winnowing n=${ngram} w=${window} shared≥${minShared}`, evaluateReuse({ ...params, ngram, window, minShared }));
  }
  for (const [bands, rows] of [[20, 5], [50, 2], [100, 1]]) {
    row(`MinHash LSH ${bands} bands × ${rows} rows`, evaluateReuse(params, (p, q) => minhashReuse(p, q, bands, rows)));
  }
}
await exit(evaluation.score.precision >= REUSE_TARGETS.precision && evaluation.score.recall >= REUSE_TARGETS.recall ? 0 : 1);
