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
  return token.length > 1 && !STOP_WORDS.has(token) && !isNumber(token);
}

/**
 * Whether every passage containing `q` (as a case-insensitive substring, PostgreSQL's ILIKE) holds it inside one
 * of its content words, so that the search can start from the words' term ids (lib/queries/sql/textContains.ts):
 * ASCII letters only, at least 3, and inside no stop word. Letters only: a match then lies in one run of
 * letters, which the tokenizer keeps in one token; at least 3: no shorter token, and no number, contains it;
 * stop words are the one kind of token a passage's term vector leaves out.
 */
export function foundInContentWords(q: string): boolean {
  const lower = q.toLowerCase();
  if (!/^[a-z]{3,}$/.test(lower)) return false;
  for (const word of STOP_WORDS) if (word.includes(lower)) return false;
  return true;
}

/** /^\d+$/ without a regex call: ASCII digits only, at least one. */
function isNumber(token: string): boolean {
  if (!token.length) return false;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function surfaceOf(token: string): string {
  return token.endsWith("'s") ? token.slice(0, -2) : token;
}

/** A word's part of a stem key: content words by stem, others as they are. */
function keyPart(token: string): string {
  return isContentToken(token) ? stem(token) : token;
}

/** The key a word or phrase is stored under: what users type is looked up through this. */
export function termKey(phrase: string): string {
  return tokenize(phrase).map((t) => keyPart(surfaceOf(t))).join(" ");
}

/** One row per surface form (word or phrase) in the text: its stem key, length and how often it occurs. */
export function countTerms(text: string): TermCount[] {
  const counts = new Map<string, TermCount>();
  const add = (surface: string, stemKey: string, n: number) => {
    const row = counts.get(surface);
    if (row) row.count += 1;
    else counts.set(surface, { stem: stemKey, surface, n, count: 1 });
  };
  for (const clause of text.split(CLAUSE_BREAK)) {
    const tokens = tokenize(clause).map(surfaceOf);
    // each token is classified and stemmed once, however many phrases it is part of
    const content = tokens.map(isContentToken);
    const number = tokens.map(isNumber);
    const keys = tokens.map((t, i) => (content[i] ? stem(t) : t));
    for (let i = 0; i < tokens.length; i++) {
      if (!content[i]) continue;
      add(tokens[i], keys[i], 1);
      let surface = tokens[i];
      let stemKey = keys[i];
      for (let n = 2; n <= MAX_PHRASE && i + n <= tokens.length; n++) {
        const last = i + n - 1;
        // a number anywhere in the window rules out this phrase and every longer one
        if (number[last]) break;
        surface += ` ${tokens[last]}`;
        stemKey += ` ${keys[last]}`;
        if (content[last]) add(surface, stemKey, n);
      }
    }
  }
  return [...counts.values()];
}
