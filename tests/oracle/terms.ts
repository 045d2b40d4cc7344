// countTerms as it was before optimisation (see tokenize.ts in this folder for why it is kept).
import type { TermCount } from "../../lib/analysis/terms";
import { STOP_WORDS } from "../../lib/analysis/stopWords";
import { referenceStem as stem, referenceTokenize as tokenize } from "./tokenize";

const MAX_PHRASE = 3;
const CLAUSE_BREAK = /[.!?;:,()[\]{}"“”«»‘’—–…/|。！？；：，、（）「」『』【】《》]+|\s-\s|\n/u;

function isContentToken(token: string): boolean {
  return token.length > 1 && !STOP_WORDS.has(token) && !/^\d+$/.test(token);
}

function surfaceOf(token: string): string {
  return token.replace(/'s$/, "");
}

function stemKey(tokens: string[]): string {
  return tokens.map((t) => (isContentToken(t) ? stem(t) : t)).join(" ");
}

export function referenceCountTerms(text: string): TermCount[] {
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
