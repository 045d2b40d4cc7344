// The one tokenizer: training, classification and term statistics all read text through it, so a
// "term" means the same thing everywhere. It runs on every passage several times over (features, terms),
// so it takes the shortcuts that cannot change its output; tests/oracle/tokenize.ts is the plain version.
import { PorterStemmer } from "../nlp";
import { BoundedMemo } from "./boundedMemo";

// Words with inner hyphens and apostrophes kept whole ("re-education", "China's"); numbers as tokens.
// The same pattern natural's RegexpTokenizer was given: with gaps off it is just String.match.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

// Chinese, Japanese, Thai, Lao, Khmer and Burmese put no spaces between words: a run of them would be one
// "token" a sentence long. ICU's dictionary-based word segmenter (Intl.Segmenter, built into Node) splits it.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
// NFC leaves ASCII as it is, and most passages are ASCII: the check is far cheaper than normalize.
const NON_ASCII = /[\u0080-\uffff]/;

/** Lowercased word tokens, in order, stop words included (the classifier needs "I", "we", "said"). */
export function tokenize(text: string): string[] {
  const normalized = NON_ASCII.test(text) ? text.normalize("NFC") : text;
  const words = normalized.match(WORD);
  if (!words) return [];
  // a token is a piece of the text, so a text without unspaced script has no token to segment
  const mayNeedSegmenting = UNSPACED.test(normalized);
  const tokens: string[] = [];
  for (const word of words) {
    if (mayNeedSegmenting && UNSPACED.test(word)) {
      for (const s of segmenter.segment(word)) if (s.isWordLike) tokens.push(lowercase(s.segment));
    } else {
      tokens.push(lowercase(word));
    }
  }
  return tokens;
}

function lowercase(token: string): string {
  const lower = token.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

// Porter stemming is pure and word frequencies are Zipfian: a few thousand words make most of any text.
const stems = new BoundedMemo<string, string>(100_000);

export function stem(token: string): string {
  let stemmed = stems.get(token);
  if (stemmed === undefined) {
    // Porter stems each part of a hyphenated word, so "re-educated" groups with "re-education".
    stemmed = token.split("-").map((part) => PorterStemmer.stem(part.replace(/'s$/, ""))).join("-");
    stems.set(token, stemmed);
  }
  return stemmed;
}

/** A token and where it lies in the text it came from: [start, end) in UTF-16 code units of that text. */
export interface TokenSpan { token: string; start: number; end: number }

/**
 * The same tokens as `tokenize`, each with its character offsets in `text` as given (text reuse needs to point
 * back into the passage). Offsets are taken before normalising, so each token is normalised (NFC) on its own.
 */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const mayNeedSegmenting = UNSPACED.test(text);
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const at = m.index;
    if (mayNeedSegmenting && UNSPACED.test(word)) {
      for (const s of segmenter.segment(word)) {
        if (s.isWordLike) spans.push({ token: foldToken(s.segment), start: at + s.index, end: at + s.index + s.segment.length });
      }
    } else {
      spans.push({ token: foldToken(word), start: at, end: at + word.length });
    }
  }
  return spans;
}

function foldToken(token: string): string {
  return lowercase(NON_ASCII.test(token) ? token.normalize("NFC") : token);
}
