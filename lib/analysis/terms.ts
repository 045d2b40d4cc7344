// Content terms of a passage: single words minus stop words and numbers, and 2–3 word phrases that start
// and end on a content word ("re-education camps", "crimes against humanity"). Words are grouped by stem;
// each row keeps the surface form seen, so charts can say "camps" rather than "camp".
import { STOP_WORDS } from "./stopWords";
import { stem, tokenize } from "./tokenize";

const MAX_PHRASE = 3;
// Phrases never run across punctuation: "camps, and" is not a phrase (nor across Chinese/Japanese "，。").
const CLAUSE_BREAK = /[.!?;:,()[\]{}"“”«»‘’—–…/|。！？；：，、（）「」『』【】《》]+|\s-\s|\n/u;

export interface TermCount {
  stem: string;
  surface: string;
  n: number;
  count: number;
}

export function isContentToken(token: string): boolean {
  return token.length > 1 && !STOP_WORDS.has(token) && !/^\d+$/.test(token);
}

function surfaceOf(token: string): string {
  return token.replace(/'s$/, "");
}

function stemKey(tokens: string[]): string {
  return tokens.map((t) => (isContentToken(t) ? stem(t) : t)).join(" ");
}

/** The key a word or phrase is stored under: what users type is looked up through this. */
export function termKey(phrase: string): string {
  return stemKey(tokenize(phrase).map(surfaceOf));
}

/** One row per surface form (word or phrase) in the text: its stem key, length and how often it occurs. */
export function countTerms(text: string): TermCount[] {
  const counts = new Map<string, TermCount>();
  const add = (tokens: string[]) => {
    const surface = tokens.join(" ");
    const row = counts.get(surface) ?? { stem: stemKey(tokens), surface, n: tokens.length, count: 0 };
    row.count += 1;
    counts.set(surface, row);
  };
  for (const clause of text.split(CLAUSE_BREAK)) {
    const tokens = tokenize(clause).map(surfaceOf);
    tokens.forEach((token, i) => {
      if (!isContentToken(token)) return;
      add([token]);
      for (let n = 2; n <= MAX_PHRASE && i + n <= tokens.length; n++) {
        const window = tokens.slice(i, i + n);
        if (isContentToken(window[n - 1]) && !window.some((t) => /^\d+$/.test(t))) add(window);
      }
    });
  }
  return [...counts.values()];
}
