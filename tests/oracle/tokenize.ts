// tests/oracle holds the per-passage code as it was before it was optimised for throughput, verbatim and
// unused by the app: the equivalence tests compare the fast code's output against it, and the benchmark
// (scripts/bench-classify.ts) reports speed-ups against it. Change the behaviour here only together with the
// fast code. This file: the tokenizer and stemmer, straight through natural with no caching.
import { RegexpTokenizer } from "natural/lib/natural/tokenizers/regexp_tokenizer.js";
import { PorterStemmer } from "../../lib/nlp";

const tokenizer = new RegexpTokenizer({ pattern: /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu, gaps: false });
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

export function referenceTokenize(text: string): string[] {
  return (tokenizer.tokenize(text.normalize("NFC")) ?? []).flatMap(segmentUnspaced).map((t) => t.toLowerCase().replace(/’/g, "'"));
}

function segmentUnspaced(token: string): string[] {
  if (!UNSPACED.test(token)) return [token];
  return [...segmenter.segment(token)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export function referenceStem(token: string): string {
  return token.split("-").map((part) => PorterStemmer.stem(part.replace(/'s$/, ""))).join("-");
}
