// Keyness: which terms are typical of selection A compared with selection B.
//  - log-odds ratio with an informative Dirichlet prior, as a z-score (Monroe, Colaresi & Quinn 2008,
//    "Fightin' Words", §3.5). The prior is the two selections' combined counts (α_w = prior count of w,
//    α0 = their sum), so rare terms are shrunk toward "no difference" instead of topping the list.
//  - log-likelihood G² in the 4-cell form (Dunning 1993; Rayson & Garside 2000), with Hardie's (2014)
//    Log Ratio beside it as the effect size: G² says how sure, Log Ratio how big.

export const Z_CRITICAL = 1.96;

export interface TermCounts {
  key: string;
  term: string;
  n: number;
  /** occurrences in A and in B */
  a: number;
  b: number;
  /** passages containing the term in A and in B */
  docsA: number;
  docsB: number;
  /** articles containing the term in A and in B: one long article cannot make a term key across many */
  articlesA: number;
  articlesB: number;
}

export interface KeynessRow extends TermCounts {
  logOdds: number;
  z: number;
  significant: boolean;
  g2: number;
  logRatio: number;
}

export function logOddsWithPrior(a: number, b: number, nA: number, nB: number, alpha: number, alpha0: number): { delta: number; z: number } {
  const delta = Math.log((a + alpha) / (nA + alpha0 - a - alpha)) - Math.log((b + alpha) / (nB + alpha0 - b - alpha));
  const variance = 1 / (a + alpha) + 1 / (b + alpha);
  return { delta, z: delta / Math.sqrt(variance) };
}

/** G² = 2 Σ O ln(O/E) over the 2×2 table (term, other tokens) × (A, B); 0·ln 0 counts as 0. Signed + when A is over-represented. */
export function logLikelihood(a: number, b: number, nA: number, nB: number): number {
  const total = nA + nB;
  const cells: [number, number][] = [
    [a, (nA * (a + b)) / total], [b, (nB * (a + b)) / total],
    [nA - a, (nA * (total - a - b)) / total], [nB - b, (nB * (total - a - b)) / total],
  ];
  const g2 = 2 * cells.reduce((sum, [o, e]) => sum + (o > 0 ? o * Math.log(o / e) : 0), 0);
  return a / nA >= b / nB ? g2 : -g2;
}

/** log2 of the ratio of relative frequencies; a zero count is taken as 0.5 (Hardie 2014). */
export function logRatio(a: number, b: number, nA: number, nB: number): number {
  return Math.log2(((a || 0.5) / nA) / ((b || 0.5) / nB));
}

export function keyness(rows: TermCounts[], tokensA: number, tokensB: number): KeynessRow[] {
  const alpha0 = tokensA + tokensB;
  return rows.map((row) => {
    const { delta, z } = logOddsWithPrior(row.a, row.b, tokensA, tokensB, row.a + row.b, alpha0);
    return {
      ...row, logOdds: delta, z, significant: Math.abs(z) > Z_CRITICAL,
      g2: logLikelihood(row.a, row.b, tokensA, tokensB), logRatio: logRatio(row.a, row.b, tokensA, tokensB),
    };
  });
}

/**
 * The largest z (side 1) or −z (side −1), logOddsWithPrior with α = a + b and α0 = nA + nB, that a term seen
 * `count` times in the whole corpus can reach in two selections of nA and nB tokens, each holding at most
 * `count` of it. With u = 2a + b and v = a + 2b the log-odds difference ln(u/v) + ln((nA + 2nB − v) / (2nA + nB − u))
 * grows with a and falls with b, so it is largest at a = count, b = 0 (and smallest at a = 0, b = count); the
 * variance 1/u + 1/v is at least 4/(u + v) ≥ 2/(3·count). So a small selection against a large one can have
 * strongly typical terms of its own, while the large one's can only reach a small z however common.
 */
export function largestZ(count: number, nA: number, nB: number, side: 1 | -1): number {
  const [own, other] = side === 1 ? [2 * nA + nB, nA + 2 * nB] : [nA + 2 * nB, 2 * nA + nB];
  if (2 * count >= own) return Infinity;
  return (Math.LN2 + Math.log((other - count) / (own - 2 * count))) * Math.sqrt(1.5 * count);
}

/**
 * The smallest corpus count at which a term could reach z ≥ threshold on a side (largestZ grows with the
 * count): a rarer term cannot, so a ranking that already holds enough rows at that z need not count it.
 */
export function countNeededForZ(threshold: number, nA: number, nB: number, side: 1 | -1): number {
  if (!(threshold > 0)) return 0;
  let [below, reaches] = [0, 1];
  while (largestZ(reaches, nA, nB, side) < threshold) [below, reaches] = [reaches, reaches * 2];
  while (reaches - below > 1) {
    const mid = Math.floor((below + reaches) / 2);
    if (largestZ(mid, nA, nB, side) < threshold) below = mid;
    else reaches = mid;
  }
  return reaches;
}
