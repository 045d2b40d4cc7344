// Passages' term vectors built by hand for the unit tests of the functions that count them against a cube.
import type { SelectionVectors } from "./cubeSideCounts";
import { termId } from "./termId";
import { idHalves } from "./termIdIndex";

/** Passages, each with its article, group (or inOther: group 1), tokens (10 by default) and terms as [stem, count]. */
export function vectorsOf(passages: { article: number; inOther?: boolean; group?: number; tokens?: number; terms: [string, number][] }[]): SelectionVectors {
  const ids = passages.flatMap((p) => p.terms.map(([stem]) => idHalves(termId(stem))));
  const start = new Uint32Array(passages.length + 1);
  passages.forEach((p, i) => { start[i + 1] = start[i] + p.terms.length; });
  return {
    passages: passages.length, tokens: passages.reduce((n, p) => n + (p.tokens ?? 10), 0),
    article: Int32Array.from(passages, (p) => p.article), group: Uint8Array.from(passages, (p) => p.group ?? (p.inOther ? 1 : 0)), start,
    high: Int32Array.from(ids, (h) => h[0]), low: Int32Array.from(ids, (h) => h[1]), count: Int32Array.from(passages.flatMap((p) => p.terms.map((t) => t[1]))),
  };
}

