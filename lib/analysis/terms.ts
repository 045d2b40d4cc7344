// Content terms of a passage: tokens minus stop words and numbers, grouped by stem, each with the
// surface forms seen, so charts can show "camps" rather than "camp".
import natural from "../nlp";
import { stem, tokenize } from "./tokenize";

const STOP_WORDS = new Set([
  ...natural.stopwords,
  "said", "says", "say", "also", "not", "no", "nor", "would", "could", "one", "two", "told", "according", "including",
  "s", "mr", "ms", "mrs", "dr", "it's", "its", "there's", "that's", "he's", "she's", "i'm", "we're", "they're",
]);

export interface TermCount {
  stem: string;
  surface: string;
  count: number;
}

export function isContentToken(token: string): boolean {
  return token.length > 1 && !STOP_WORDS.has(token) && !/^\d+$/.test(token);
}

/** One row per surface form in the text: its stem and how often it occurs. */
export function countTerms(text: string): TermCount[] {
  const counts = new Map<string, TermCount>();
  for (const token of tokenize(text)) {
    if (!isContentToken(token)) continue;
    const surface = token.replace(/'s$/, "");
    const row = counts.get(surface) ?? { stem: stem(surface), surface, count: 0 };
    row.count += 1;
    counts.set(surface, row);
  }
  return [...counts.values()];
}
