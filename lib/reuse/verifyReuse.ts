// A candidate pair proposed by shared fingerprints is reuse only if its words align: the aligned span, in
// character offsets of each passage, its length in words and the share of its words that match.
import { tokenSpans, type TokenSpan } from "../analysis/tokenize";
import { alignTokens } from "./alignTokens";
import { distinctHashes, fingerprints, type Fingerprint } from "./fingerprints";
import { ALIGNMENT_MARGIN, ALIGNMENT_SCORING, type ReuseParameters } from "./reuseParameters";

/** A passage as reuse detection reads it: its case-folded tokens with their offsets, and its fingerprints. */
export interface ReusePassage { spans: TokenSpan[]; prints: Fingerprint[] }

/** The reused span: [start, end) characters of each passage's text, the words the two share in it, in order, and its score. */
export interface ReuseSpan { aStart: number; aEnd: number; bStart: number; bEnd: number; words: number; score: number }

/** Alignment cost is the product of the two sides' tokens: past this a pair is not aligned (about 16 MB of cells). */
const MAX_CELLS = 16_000_000;

export function readReusePassage(text: string, params: Pick<ReuseParameters, "ngram" | "window">): ReusePassage {
  const spans = tokenSpans(text);
  return { spans, prints: fingerprints(spans.map((s) => s.token), params.ngram, params.window) };
}

/** The distinct fingerprint hashes a passage stores. */
export function passageHashes(passage: ReusePassage): number[] {
  return distinctHashes(passage.prints);
}

/**
 * Align two passages around the fingerprints they share (`shared`: hashes both hold that are not boilerplate)
 * and keep the alignment if it is long and close enough. Null: not reuse. Words under a `boilerplate`
 * fingerprint match nothing, so a reprint followed by the same furniture in both passages is not lengthened by
 * it, and two passages sharing only furniture (and the rare shingles where it meets the text) never link.
 */
export function verifyReuse(a: ReusePassage, b: ReusePassage, shared: ReadonlySet<number>, params: ReuseParameters, boilerplate: ReadonlySet<number> = new Set()): ReuseSpan | null {
  const aRange = seedRange(a, shared, params.ngram);
  const bRange = seedRange(b, shared, params.ngram);
  if (!aRange || !bRange) return null;
  if ((aRange[1] - aRange[0]) * (bRange[1] - bRange[0]) > MAX_CELLS) return null;
  const numbers = new Map<string, number>();
  const number = (t: string) => {
    let id = numbers.get(t);
    if (id === undefined) numbers.set(t, (id = numbers.size));
    return id;
  };
  // a masked word is a number of its own, below zero: it matches nothing
  let unique = 0;
  const tokens = (p: ReusePassage, [from, to]: [number, number]) => {
    const masked = maskedTokens(p, boilerplate, params.ngram);
    return p.spans.slice(from, to).map((s, i) => (masked[from + i] ? --unique : number(s.token)));
  };
  const aTokens = tokens(a, aRange);
  const bTokens = tokens(b, bRange);
  const found = alignTokens(aTokens, bTokens, ALIGNMENT_SCORING, params.ngram);
  if (!found) return null;
  const aWords = found.aEnd - found.aStart;
  const bWords = found.bEnd - found.bStart;
  // words in common, in order: coincidental words an alignment bridges ("The union said…" against "The
  // airline said…") make a span longer, never make it count
  const words = found.matches;
  const score = found.matches / Math.max(aWords, bWords);
  if (words < params.minWords || score < params.minScore) return null;
  return {
    aStart: a.spans[aRange[0] + found.aStart].start, aEnd: a.spans[aRange[0] + found.aEnd - 1].end,
    bStart: b.spans[bRange[0] + found.bStart].start, bEnd: b.spans[bRange[0] + found.bEnd - 1].end,
    words, score,
  };
}

/** Which tokens lie under a boilerplate fingerprint's shingle. */
function maskedTokens(p: ReusePassage, boilerplate: ReadonlySet<number>, ngram: number): Uint8Array {
  const masked = new Uint8Array(p.spans.length);
  if (!boilerplate.size) return masked;
  // consecutive kept fingerprints are at most a window apart: between two boilerplate ones, all is boilerplate
  let previous = -1;
  for (const f of p.prints) {
    if (!boilerplate.has(f.hash)) { previous = -1; continue; }
    masked.fill(1, previous >= 0 ? previous : f.token, f.token + ngram);
    previous = f.token;
  }
  return masked;
}

/** The tokens from the first shared fingerprint to the end of the last, with a margin either side. */
function seedRange(p: ReusePassage, shared: ReadonlySet<number>, ngram: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (const f of p.prints) {
    if (!shared.has(f.hash)) continue;
    if (first < 0) first = f.token;
    last = f.token;
  }
  if (first < 0) return null;
  return [Math.max(0, first - ALIGNMENT_MARGIN), Math.min(p.spans.length, last + ngram + ALIGNMENT_MARGIN)];
}
