// The parameters of text-reuse detection (docs/decisions/014-text-reuse.md says how they were chosen, by
// `npm run eval:reuse`). The two a deployment may want to change are read from the environment (lib/env.ts).
import { getEnv } from "../env";

export interface ReuseParameters {
  /** words per shingle: each run of `ngram` tokens is hashed into one 32-bit value */
  ngram: number;
  /** winnowing window: of every `window` consecutive shingle hashes the smallest is kept (Schleimer et al. 2003) */
  window: number;
  /** two passages are compared only when they share at least this many kept fingerprints that are not boilerplate */
  minShared: number;
  /** a fingerprint found in more articles than this is boilerplate or a stock phrase and never proposes a pair */
  maxArticles: number;
  /** an aligned span with fewer matching words than this is not reuse */
  minWords: number;
  /** matched words over the longer side of the aligned span: below this the alignment is chance, not reuse */
  minScore: number;
}

/** Smith–Waterman scores over tokens: a matching word, a different word, a word present on one side only. */
export const ALIGNMENT_SCORING = { match: 2, mismatch: -1, gap: -2 } as const;

/** Tokens of context kept either side of the shared fingerprints when two passages are aligned. */
export const ALIGNMENT_MARGIN = 60;

export const DEFAULT_REUSE_PARAMETERS: ReuseParameters = {
  ngram: 3, window: 4, minShared: 2, maxArticles: 100, minWords: 12, minScore: 0.5,
};

/** The defaults with the environment's REUSE_MIN_WORDS and REUSE_MAX_ARTICLES. */
export function reuseParameters(): ReuseParameters {
  const env = getEnv();
  return { ...DEFAULT_REUSE_PARAMETERS, minWords: env.REUSE_MIN_WORDS, maxArticles: env.REUSE_MAX_ARTICLES };
}
