// npm run eval:off-topic   How well an article's similarity to its collection tells off-topic articles apart:
// data/demo and data/demo-collections/sarn-dam, each against its own articles (leave-one-out), the other, the
// project-written fixtures in tests/fixtures/off-topic and the real pages of ../shared/corpora when present.
// Needs no database. `--method nearest --k 3` scores by the nearest articles instead of the centroid.
import { Command } from "commander";
import { DEFAULT_RULES, type SimilarityMethod } from "../lib/analysis/offTopic";
import { offTopicReport } from "../lib/analysis/offTopicReport";
import { CORPORA_DIR } from "../tests/support/shared";

const program = new Command("eval:off-topic").description("Measure off-topic detection on the demo collections.")
  .option("--method <method>", "centroid or nearest", "centroid")
  .option("--k <k>", "how many nearest articles (with --method nearest)", "3")
  .option("--share <share>", "the threshold's share of the 5th percentile (default: the method's rule)")
  .option("--floor <x>", "the threshold of a collection too small to calibrate on (default: the method's rule)")
  .option("--min-articles <n>", "the fewest articles a collection calibrates on (default: the method's rule)")
  .option("--pages <dir>", "real pages on other subjects, one folder each with source.html", CORPORA_DIR)
  .option("--trials <n>", "random draws per small-collection size", "50").parse();
const opts = program.opts<{ method: string; k: string; share?: string; floor?: string; minArticles?: string; pages: string; trials: string }>();
if (opts.method !== "centroid" && opts.method !== "nearest") program.error("--method is centroid or nearest");
const method: SimilarityMethod = opts.method === "centroid" ? { kind: "centroid" } : { kind: "nearest", k: Number(opts.k) };
const rule = DEFAULT_RULES[method.kind];
console.log(offTopicReport({
  collections: [{ name: "xinjiang (data/demo)", dir: "data/demo" }, { name: "sarn-dam (data/demo-collections/sarn-dam)", dir: "data/demo-collections/sarn-dam" }],
  fixturesDir: "tests/fixtures/off-topic",
  pagesDir: opts.pages,
  method,
  rule: { share: Number(opts.share ?? rule.share), floor: Number(opts.floor ?? rule.floor), minArticles: Number(opts.minArticles ?? rule.minArticles) },
  smallSizes: [2, 3, 5, 8],
  trials: Number(opts.trials),
}));
