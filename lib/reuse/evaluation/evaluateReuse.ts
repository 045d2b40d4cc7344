// `npm run eval:reuse`: detection on the project's reuse test set, scored; and the report it prints.
import { readFileSync } from "node:fs";
import { detectReuse, type ReuseLink } from "../detectReuse";
import type { ReuseParameters } from "../reuseParameters";
import { BASE_TEXT_PATH, buildReuseTestSet } from "./buildReuseTestSet";
import { type ReuseScore, scoreReuse } from "./scoreReuse";

/** The targets of issue 29: links among spans of at least REUSE_MIN_WORDS words. */
export const REUSE_TARGETS = { precision: 0.95, recall: 0.9 } as const;

export interface ReuseEvaluation { score: ReuseScore; milliseconds: number }

/** Every test passage is an article of its own outlet; `detect` is winnowing unless another method is given. */
export function evaluateReuse(params: ReuseParameters, detect: (p: Parameters<typeof detectReuse>[0], params: ReuseParameters) => ReuseLink[] = detectReuse): ReuseEvaluation {
  const base = JSON.parse(readFileSync(BASE_TEXT_PATH, "utf8"));
  const docs = buildReuseTestSet(29, base);
  const started = performance.now();
  const links = detect(docs.map((d) => ({ id: d.id, articleId: d.id, outletId: d.id, text: d.text })), params);
  return { score: scoreReuse(docs, links, params.minWords, base), milliseconds: performance.now() - started };
}

export function formatReuseEvaluation({ score: s, milliseconds }: ReuseEvaluation, params: ReuseParameters): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const met = s.precision >= REUSE_TARGETS.precision && s.recall >= REUSE_TARGETS.recall;
  return [
    `Text reuse on the project's test set (${BASE_TEXT_PATH}): ${s.passages} passages, each its own article and outlet`,
    `parameters: word ${params.ngram}-grams, winnowing window ${params.window}, candidates share ≥ ${params.minShared} fingerprints in ≤ ${params.maxArticles} articles, span ≥ ${params.minWords} words, score ≥ ${params.minScore}`,
    "",
    `links expected (pairs sharing ≥ ${params.minWords} reprinted words): ${s.expected}`,
    `links found: ${s.predicted} — right ${s.found}, sharing fewer reprinted words ${s.shortReuse}, sharing none ${s.unrelated}`,
    `precision ${pct(s.precision)}   recall ${pct(s.recall)}   (targets ${pct(REUSE_TARGETS.precision)} at ${pct(REUSE_TARGETS.recall)}: ${met ? "met" : "NOT MET"})`,
    `span overlap (Jaccard of character spans, both passages), mean over right links: ${s.spanJaccard.toFixed(3)}`,
    `original against its reprint: ${s.byEdit.map((e) => `${e.edit} ${e.found}/${e.expected}`).join(", ")}`,
    `pairs sharing only boilerplate: ${s.boilerplatePairs}, linked ${s.boilerplateLinked}; only a stock phrase: ${s.stockPhrasePairs}, linked ${s.stockPhraseLinked}`,
    `${milliseconds.toFixed(0)} ms`,
  ].join("\n");
}
