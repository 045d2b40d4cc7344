// Keyness's candidates for a selection counted from its passages (a search) against one a statistics cube
// answers (a framing): the counted side's terms come in from SQL, the broad side's are summed in memory, and
// every term is scored as keynessCandidatesFromCube scores it. In SQL the broad side's rows were read again for
// each band of rarer phrases, and at a million passages keyness of a search against a framing took 1.8–2.2 s
// (a selective search) to 6–7 s (a sampled broad one), most of it reading the framing's phrase rows.
import type { TermCounts } from "./keyness";
import { candidateTerms, type CubeKeynessOptions, type CubeTotals } from "./cubeKeyness";
import { findTermNumber, foundTerm } from "./cubeTerms";
import { zeroedUint32, zeroedUint8 } from "./scratchArrays";
import type { NumberedSide } from "./cubeSideCounts";
import { addCells, cellsOf, type CubeFilters, passagesOf, passageTotals, type StatsCube, stemOf } from "./statsCube";

const encoder = new TextEncoder();

/**
 * The counted side's terms, column by column (one row per term in its passages that the dictionary holds):
 * occurrences, passages and articles in its passages, and `inBoth` its occurrences in those of its passages
 * that the broad side selects too, which count once towards the minimum count.
 */
export interface CountedSide {
  tokens: number;
  passages: number;
  key: string[];
  n: number[];
  count: number[];
  inBoth: number[];
  docs: number[];
  articles: number[];
}

/**
 * `countedIs`: which of A and B the counted side is; the other is `broad`, read from the cube. `scope`: the terms
 * scored (phraseScope), all when not given; the counted side must list every term of it that its passages hold.
 */
export function keynessCandidatesBesideCube(
  cube: StatsCube, counted: CountedSide, broad: CubeFilters, countedIs: "a" | "b", options: CubeKeynessOptions, scope?: Uint8Array,
): { totals: CubeTotals; rows: TermCounts[] } {
  const term = new Int32Array(counted.key.length);
  // a term of the counted side the cube has no rows of (a phrase the dictionary took in since the statistics
  // last counted it) is scored with nothing on the broad side, as SQL's outer join scores it
  const missing: TermCounts[] = [];
  // the keys encoded at once, one per line (no stem holds a line break): encoded one by one, 108,000 keys
  // took a quarter of a second at a million passages
  const keys = encoder.encode(counted.key.join("\n"));
  for (let i = 0, start = 0; i < counted.key.length; i++) {
    const end = i + 1 < counted.key.length ? keys.indexOf(0x0a, start) : keys.length;
    const t = foundTerm(cube.terms, keys, start, end, counted.n[i]);
    start = end + 1;
    term[i] = t ?? -1;
    if (t === null && counted.count[i] - counted.inBoth[i] >= options.minCount && (options.phrases || counted.n[i] === 1)) missing.push(sideRow(counted, i, countedIs));
  }
  const side: NumberedSide = {
    tokens: counted.tokens, passages: counted.passages, term, count: Uint32Array.from(counted.count), inBoth: Uint32Array.from(counted.inBoth),
    docs: Uint32Array.from(counted.docs), articles: Uint32Array.from(counted.articles),
  };
  const found = keynessCandidatesOfSide(cube, side, broad, countedIs, options, scope);
  return { totals: found.totals, rows: [...found.rows, ...missing] };
}

/** As keynessCandidatesBesideCube, the counted side by term number (entries numbered −1 are skipped). */
export function keynessCandidatesOfSide(
  cube: StatsCube, counted: NumberedSide, broad: CubeFilters, countedIs: "a" | "b", options: CubeKeynessOptions, scope?: Uint8Array,
): { totals: CubeTotals; rows: TermCounts[] } {
  const wide = passageTotals(cube, broad);
  const own = { tokens: counted.tokens, passages: counted.passages };
  const [ta, tb] = countedIs === "a" ? [own, wide] : [wide, own];
  const totals = { tokensA: ta.tokens, tokensB: tb.tokens, passagesA: ta.passages, passagesB: tb.passages };
  if (!totals.tokensA || !totals.tokensB) return { totals, rows: [] };
  const [ownAt, wideAt] = countedIs === "a" ? [0, 2] : [2, 0];

  // per term: occurrences and articles in A, then in B (candidateTerms' layout)
  const sums = zeroedUint32("keyness sums", cube.terms.count * 4);
  const cells = cellsOf(cube, broad);
  addCells(cells, sums, { stride: 4, at: wideAt, second: "articles" });
  const overlap = zeroedUint32("keyness overlap", cube.terms.count);
  for (let i = 0; i < counted.term.length; i++) {
    const t = counted.term[i];
    if (t < 0) continue;
    sums[4 * t + ownAt] = counted.count[i];
    sums[4 * t + ownAt + 1] = counted.articles[i];
    overlap[t] = counted.inBoth[i];
  }

  const shown = candidateTerms(cube, sums, overlap, totals, options, scope);
  const wanted = zeroedUint8("keyness wanted", cube.terms.count);
  for (const t of shown) wanted[t] = 1;
  const wideDocs = passagesOf(cells, wanted);
  const ownDocs = new Map<number, number>();
  for (let i = 0; i < counted.term.length; i++) if (counted.term[i] >= 0 && wanted[counted.term[i]]) ownDocs.set(counted.term[i], counted.docs[i]);
  const rows = shown.map((t): TermCounts => {
    const key = stemOf(cube, t);
    const [docsA, docsB] = countedIs === "a" ? [ownDocs.get(t) ?? 0, wideDocs.get(t) ?? 0] : [wideDocs.get(t) ?? 0, ownDocs.get(t) ?? 0];
    return {
      key, term: key, n: cube.terms.n[t], a: sums[4 * t], b: sums[4 * t + 2], docsA, docsB,
      articlesA: sums[4 * t + 1], articlesB: sums[4 * t + 3],
    };
  });
  return { totals, rows };
}

/** Row i of the counted side as a candidate with nothing on the broad side. */
function sideRow(counted: CountedSide, i: number, countedIs: "a" | "b"): TermCounts {
  const [count, docs, articles] = [counted.count[i], counted.docs[i], counted.articles[i]];
  const key = counted.key[i];
  return countedIs === "a"
    ? { key, term: key, n: counted.n[i], a: count, b: 0, docsA: docs, docsB: 0, articlesA: articles, articlesB: 0 }
    : { key, term: key, n: counted.n[i], a: 0, b: count, docsA: 0, docsB: docs, articlesA: 0, articlesB: articles };
}

/**
 * The terms to score when the counted side lists only some phrases: every word, and the phrases named in
 * `common`. widenScope adds the rarer phrases.
 */
export function phraseScope(cube: StatsCube, common: string[]): Uint8Array {
  // a loop, not Uint8Array.from with a mapping function: that took half a second over 1.4M terms
  const scope = new Uint8Array(cube.terms.count);
  for (let t = 0; t < scope.length; t++) if (cube.terms.n[t] === 1) scope[t] = 1;
  for (const stem of common) {
    const t = findTermNumber(cube.terms, stem);
    if (t !== null) scope[t] = 1;
  }
  return scope;
}

/**
 * Adds to `scope` (in place; returns it) every phrase seen at least `seenFrom` times in the corpus: its
 * occurrences over every framing, as the dictionary's term.count counts them.
 */
export function widenScope(cube: StatsCube, scope: Uint8Array, seenFrom: number): Uint8Array {
  const seen = zeroedUint32("keyness seen", cube.terms.count);
  addCells([{ block: cube.coarsest, selected: new Uint8Array(cube.coarsest.rows.length).fill(1) }], seen, { stride: 1, at: 0 });
  for (let t = 0; t < scope.length; t++) if (seen[t] >= seenFrom && cube.terms.n[t] > 1) scope[t] = 1;
  return scope;
}
