// Keyness's candidates for a selection counted from its passages (a search) against one a statistics cube
// answers (a framing): the counted side's terms by the cube's numbers (countVectorsInCube), the broad side's
// summed in the cube, and every term scored as keynessCandidatesFromCube scores it. In SQL the broad side's
// rows are read again for each band of rarer phrases: at a million passages keyness of a search against a
// framing takes 1.8–2.2 s there (a selective search) to 6–7 s (a sampled broad one).
import type { TermCounts } from "./keyness";
import { candidateTerms, type CubeKeynessOptions, type CubeTotals, sideArticleColumns } from "./cubeKeyness";
import { zeroedUint32, zeroedUint8 } from "./scratchArrays";
import type { NumberedSide } from "./cubeSideCounts";
import { addCells, cellsOf, type CubeFilters, passagesOf, passageTotals, type StatsCube, stemOf } from "./statsCube";

/**
 * `countedIs`: which of A and B the counted side is (countVectorsInCube: its passages' terms by number); the other
 * is `broad`, read from the cube.
 */
export function keynessCandidatesOfSide(
  cube: StatsCube, counted: NumberedSide, broad: CubeFilters, countedIs: "a" | "b", options: CubeKeynessOptions,
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
  addCells(cells, sums, { stride: 4, at: wideAt, second: sideArticleColumns(broad) });
  const overlap = zeroedUint32("keyness overlap", cube.terms.count);
  for (let i = 0; i < counted.term.length; i++) {
    const t = counted.term[i];
    if (t < 0) continue;
    sums[4 * t + ownAt] = counted.count[i];
    sums[4 * t + ownAt + 1] = counted.articles[i];
    overlap[t] = counted.inBoth[i];
  }

  const shown = candidateTerms(cube, sums, overlap, totals, options);
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
