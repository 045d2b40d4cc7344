// The one tokenizer: training, classification and term statistics all read text through it, so a
// "term" means the same thing everywhere.
import natural from "../nlp";

// Words with inner hyphens and apostrophes kept whole ("re-education", "China's"); numbers as tokens.
const tokenizer = new natural.RegexpTokenizer({ pattern: /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu, gaps: false });

// Chinese, Japanese, Thai, Lao, Khmer and Burmese put no spaces between words: a run of them would be one
// "token" a sentence long. ICU's dictionary-based word segmenter (Intl.Segmenter, built into Node) splits it.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/** Lowercased word tokens, in order, stop words included (the classifier needs "I", "we", "said"). */
export function tokenize(text: string): string[] {
  return (tokenizer.tokenize(text.normalize("NFC")) ?? []).flatMap(segmentUnspaced).map((t) => t.toLowerCase().replace(/’/g, "'"));
}

function segmentUnspaced(token: string): string[] {
  if (!UNSPACED.test(token)) return [token];
  return [...segmenter.segment(token)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export function stem(token: string): string {
  // Porter stems each part of a hyphenated word, so "re-educated" groups with "re-education".
  return token.split("-").map((part) => natural.PorterStemmer.stem(part.replace(/'s$/, ""))).join("-");
}
