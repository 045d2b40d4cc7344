// Local alignment of two token sequences (Smith & Waterman 1981) over words rather than characters or
// residues, as text-reuse tools align the candidate pairs their n-gram index proposes (passim: Smith,
// Cordell & Mullen 2015, "Computational methods for uncovering reprinted texts in antebellum newspapers";
// the R package textreuse's align_local). Local, so that one reused sentence inside two otherwise different
// paragraphs is found on its own.

export interface AlignmentScoring { match: number; mismatch: number; gap: number }

/** The best-scoring aligned region: tokens [aStart, aEnd) of a against [bStart, bEnd) of b; score counts matches less the rest. */
export interface TokenAlignment { aStart: number; aEnd: number; bStart: number; bEnd: number; matches: number; score: number }

const STOP = 0;
const DIAGONAL = 1;
const UP = 2; // a token of a against a gap
const LEFT = 3; // a token of b against a gap

/**
 * Tokens are integers (words numbered by the caller), so a comparison is one integer test. O(|a|·|b|) time,
 * one byte per cell for the way back, two rows of scores.
 */
export function alignTokens(a: ArrayLike<number>, b: ArrayLike<number>, scoring: AlignmentScoring, minRun = 1): TokenAlignment | null {
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
  // the way back, from the best cell to where the local alignment starts: M a match, X a mismatch, gaps U, L
  const steps: number[] = [];
  let i = bestI;
  let j = bestJ;
  for (;;) {
    const way = from[i * (n + 1) + j];
    if (way === STOP) break;
    if (way === DIAGONAL) { steps.push(a[i - 1] === b[j - 1] ? MATCH : DIAGONAL); i--; j--; }
    else if (way === UP) { steps.push(UP); i--; }
    else { steps.push(LEFT); j--; }
  }
  steps.reverse();
  return trimmed(steps, i, j, minRun);
}

const MATCH = 4;

/**
 * The alignment cut back at each end to its outermost run of `minRun` consecutive matches: words that match by
 * chance ("in the") let a local alignment bridge a few differing words to one more short match, which would
 * lengthen a shared stock phrase into a span that counts. Null when no such run exists.
 */
function trimmed(steps: number[], aStart: number, bStart: number, minRun: number): TokenAlignment | null {
  const runStart = (k: number) => { let r = 0; while (k + r < steps.length && steps[k + r] === MATCH) r++; return r; };
  let first = -1;
  for (let k = 0; k < steps.length; k++) if (runStart(k) >= minRun) { first = k; break; }
  if (first < 0) return null;
  let last = -1;
  for (let k = steps.length - 1, r = 0; k >= 0; k--) {
    r = steps[k] === MATCH ? r + 1 : 0;
    if (r >= minRun) { last = k + r - 1; break; }
  }
  let i = aStart;
  let j = bStart;
  let matches = 0;
  let score = 0;
  let startI = 0;
  let startJ = 0;
  for (let k = 0; k <= last; k++) {
    if (k === first) { startI = i; startJ = j; }
    const step = steps[k];
    if (k >= first) {
      if (step === MATCH) matches++;
      score += step === MATCH ? 1 : -1;
    }
    if (step !== LEFT) i++;
    if (step !== UP) j++;
  }
  return { aStart: startI, aEnd: i, bStart: startJ, bEnd: j, matches, score };
}
