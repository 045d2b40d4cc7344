// A stem's number in a statistics cube (lib/analysis/statsCube.ts), for the rows a refresh reads: the load
// numbered each kind of term (words, phrases) in byte order of its stem, so a binary search over the loaded
// stems finds it without a map of a million strings; a stem the cube has not seen is numbered then.
import type { CubeTerms } from "./statsCube";
import { termId } from "./termId";
import { addTermId, idHalves } from "./termIdIndex";

const [decoder, encoder] = [new TextDecoder(), new TextEncoder()];

/**
 * The number of the stem in `bytes[start, end)` (UTF-8), a word when n is 1, numbering it if new. Null when
 * the room for new words is used up: the cube must then be loaded again.
 */
export function termNumber(terms: CubeTerms, bytes: Uint8Array, start: number, end: number, n: number): number | null {
  return foundTerm(terms, bytes, start, end, n) ?? addTerm(terms, decoder.decode(bytes.subarray(start, end)), n);
}

/** The number of the stem in `bytes[start, end)`, a word when n is 1, or null if the cube has none. */
function foundTerm(terms: CubeTerms, bytes: Uint8Array, start: number, end: number, n: number): number | null {
  const [first, last] = n === 1 ? [0, terms.loadedWords] : [terms.words, terms.words + terms.loadedPhrases];
  let [lo, hi] = [first, last];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareWithLoaded(terms, mid, bytes, start, end);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return terms.addedIndex.get(decoder.decode(bytes.subarray(start, end))) ?? null;
}

/** A term key's number (a phrase: words joined by spaces), or null if the cube has no such term. */
export function findTermNumber(terms: CubeTerms, stem: string): number | null {
  const bytes = encoder.encode(stem);
  return foundTerm(terms, bytes, 0, bytes.length, stem.split(" ").length);
}

/** Numbers a stem the load did not see: a word in the room after the loaded words, a phrase at the end. */
export function addTerm(terms: CubeTerms, stem: string, n: number): number | null {
  let t: number;
  if (n === 1) {
    if (terms.nextWord >= terms.words) return null;
    t = terms.nextWord++;
  } else {
    t = terms.count++;
    if (t >= terms.n.length) {
      const grown = new Uint8Array(Math.ceil(terms.n.length * 1.25) + 1_024);
      grown.set(terms.n);
      terms.n = grown;
    }
  }
  terms.n[t] = n;
  addTermId(terms.ids, t, ...idHalves(termId(stem)));
  terms.added.set(t, stem);
  terms.addedIndex.set(stem, t);
  return t;
}

/** Loaded term t's stem against bytes[start, end), in byte order. */
function compareWithLoaded(terms: CubeTerms, t: number, bytes: Uint8Array, start: number, end: number): number {
  const { stemBytes, stemStart } = terms;
  const [i, length] = [stemStart[t], stemStart[t + 1] - stemStart[t]];
  const common = Math.min(length, end - start);
  for (let k = 0; k < common; k++) {
    const d = stemBytes[i + k] - bytes[start + k];
    if (d) return d;
  }
  return length - (end - start);
}

/** For tests: a stem's number given as text. */
export const termNumberOf = (terms: CubeTerms, stem: string, n: number): number | null => {
  const bytes = encoder.encode(stem);
  return termNumber(terms, bytes, 0, bytes.length, n);
};
