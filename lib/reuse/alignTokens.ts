// Local alignment of two token sequences (Smith & Waterman 1981) over words rather than characters or
// residues, as text-reuse tools align the candidate pairs their n-gram index proposes (passim: Smith,
// Cordell & Mullen 2015, "Computational methods for uncovering reprinted texts in antebellum newspapers";
// the R package textreuse's align_local). Local, so that one reused sentence inside two otherwise different
// paragraphs is found on its own.

export interface AlignmentScoring { match: number; mismatch: number; gap: number }

/** The best-scoring aligned region: tokens [aStart, aEnd) of a against [bStart, bEnd) of b. */
export interface TokenAlignment { aStart: number; aEnd: number; bStart: number; bEnd: number; matches: number; score: number }

const STOP = 0;
const DIAGONAL = 1;
const UP = 2; // a token of a against a gap
const LEFT = 3; // a token of b against a gap

/**
 * Tokens are integers (words numbered by the caller), so a comparison is one integer test. O(|a|·|b|) time,
 * one byte per cell for the way back, two rows of scores.
 */
export function alignTokens(a: ArrayLike<number>, b: ArrayLike<number>, scoring: AlignmentScoring): TokenAlignment | null {
  const m = a.length;
  const n = b.length;
  if (!m || !n) return null;
  const from = new Uint8Array((m + 1) * (n + 1));
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  let best = 0;
  let bestI = 0;
  let bestJ = 0;
  for (let i = 1; i <= m; i++) {
    current[0] = 0;
    const ai = a[i - 1];
    for (let j = 1; j <= n; j++) {
      const diagonal = previous[j - 1] + (ai === b[j - 1] ? scoring.match : scoring.mismatch);
      const up = previous[j] + scoring.gap;
      const left = current[j - 1] + scoring.gap;
      let score = 0;
      let way = STOP;
      if (diagonal > score) { score = diagonal; way = DIAGONAL; }
      if (up > score) { score = up; way = UP; }
      if (left > score) { score = left; way = LEFT; }
      current[j] = score;
      from[i * (n + 1) + j] = way;
      if (score > best) { best = score; bestI = i; bestJ = j; }
    }
    [previous, current] = [current, previous];
  }
  if (best <= 0) return null;
  let i = bestI;
  let j = bestJ;
  let matches = 0;
  for (;;) {
    const way = from[i * (n + 1) + j];
    if (way === STOP) break;
    if (way === DIAGONAL) {
      if (a[i - 1] === b[j - 1]) matches++;
      i--; j--;
    } else if (way === UP) i--;
    else j--;
  }
  return { aStart: i, aEnd: bestI, bStart: j, bEnd: bestJ, matches, score: best };
}
