// A selection's terms counted from its passages' term vectors (a search's passages) against a statistics cube's
// numbering, for keyness beside the cube (lib/analysis/cubeSideKeyness.ts): per term, occurrences, passages,
// articles, and occurrences in the passages the other selection selects too. A term the cube does not hold (a
// phrase seen fewer than three times in the corpus) cannot be key and is not counted.
import type { StatsCube } from "./statsCube";
import { findTermById } from "./termIdIndex";
import { zeroedUint32 } from "./scratchArrays";

/**
 * The vectors, one per passage in article order: its article, whether the other selection selects it too, and
 * its terms at [start[i], start[i + 1]) of the id halves (termIdIndex) and counts; with the passages' tokens.
 */
export interface SelectionVectors {
  passages: number;
  tokens: number;
  article: Int32Array;
  inOther: Uint8Array;
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

export function countVectorsInCube(cube: StatsCube, v: SelectionVectors): NumberedSide {
  const terms = cube.terms.count;
  const [count, inBoth, docs, articles] = ["count", "in both", "docs", "articles"].map((name) => zeroedUint32(`side ${name}`, terms));
  // the article a term was last counted in, + 1: passages come in article order, so a new article is a change
  const lastArticle = zeroedUint32("side last article", terms);
  const seen: number[] = [];
  for (let p = 0; p < v.passages; p++) {
    const [article, both] = [v.article[p] + 1, v.inOther[p] === 1];
    for (let k = v.start[p]; k < v.start[p + 1]; k++) {
      const t = findTermById(cube.terms.ids, v.high[k], v.low[k]);
      if (t < 0) continue;
      if (docs[t] === 0) seen.push(t);
      count[t] += v.count[k];
      if (both) inBoth[t] += v.count[k];
      docs[t] += 1;
      if (lastArticle[t] !== article) {
        lastArticle[t] = article;
        articles[t] += 1;
      }
    }
  }
  const term = Int32Array.from(seen);
  const column = (values: Uint32Array) => {
    const out = new Uint32Array(term.length);
    for (let i = 0; i < term.length; i++) out[i] = values[term[i]];
    return out;
  };
  return { tokens: v.tokens, passages: v.passages, term, count: column(count), inBoth: column(inBoth), docs: column(docs), articles: column(articles) };
}
