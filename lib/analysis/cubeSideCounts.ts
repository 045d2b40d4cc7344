// A selection's terms counted from its passages' term vectors (a search's passages) against a statistics cube's
// numbering, for keyness beside the cube (lib/analysis/cubeSideKeyness.ts): per term, occurrences, passages,
// articles, and occurrences in the passages the other selection selects too. A term the cube does not hold (a
// phrase seen fewer than three times in the corpus) cannot be key and is not counted.
import type { StatsCube } from "./statsCube";
import { findTermById } from "./termIdIndex";
import { zeroedUint32 } from "./scratchArrays";

/**
 * The vectors, one per passage in any order: its article, its group (for keyness 1 when the other selection
 * selects it too, for top words its framing's place in FRAMINGS), and its terms at [start[i], start[i + 1]) of
 * the id halves (termIdIndex) and counts; with the passages' tokens.
 */
export interface SelectionVectors {
  passages: number;
  tokens: number;
  article: Int32Array;
  group: Uint8Array;
  start: Uint32Array;
  high: Int32Array;
  low: Int32Array;
  count: Int32Array;
}

/** The counted side by term number, one entry per term its passages hold. */
export interface NumberedSide {
  tokens: number;
  passages: number;
  term: Int32Array;
  count: Uint32Array;
  inBoth: Uint32Array;
  docs: Uint32Array;
  articles: Uint32Array;
}

/** Per term, interleaved so that counting a term touches one cache line: occurrences, in both, passages, articles, last article + 1. */
const [COUNT, IN_BOTH, DOCS, ARTICLES, LAST_ARTICLE, STRIDE] = [0, 1, 2, 3, 4, 5];

export function countVectorsInCube(cube: StatsCube, v: SelectionVectors): NumberedSide {
  const sums = zeroedUint32("side sums", cube.terms.count * STRIDE);
  // passages taken article by article, so that a term's articles are counted as its last article changes
  const order = new Uint32Array(v.passages);
  for (let p = 0; p < order.length; p++) order[p] = p;
  order.sort((x, y) => v.article[x] - v.article[y]);
  const seen: number[] = [];
  for (const p of order) {
    const article = v.article[p] + 1;
    const both = v.group[p] === 1;
    for (let k = v.start[p]; k < v.start[p + 1]; k++) {
      const t = findTermById(cube.terms.ids, v.high[k], v.low[k]);
      if (t < 0) continue;
      const at = t * STRIDE;
      if (sums[at + DOCS] === 0) seen.push(t);
      sums[at + COUNT] += v.count[k];
      if (both) sums[at + IN_BOTH] += v.count[k];
      sums[at + DOCS] += 1;
      if (sums[at + LAST_ARTICLE] !== article) {
        sums[at + LAST_ARTICLE] = article;
        sums[at + ARTICLES] += 1;
      }
    }
  }
  const term = Int32Array.from(seen);
  const column = (offset: number) => {
    const out = new Uint32Array(term.length);
    for (let i = 0; i < term.length; i++) out[i] = sums[term[i] * STRIDE + offset];
    return out;
  };
  return { tokens: v.tokens, passages: v.passages, term, count: column(COUNT), inBoth: column(IN_BOTH), docs: column(DOCS), articles: column(ARTICLES) };
}
