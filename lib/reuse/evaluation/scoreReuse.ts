// Precision and recall of reuse links against the test set's known reprints, and how well the reused spans
// are placed (Jaccard of the character spans).
import type { ReuseLink } from "../detectReuse";
import { EDITS, type TestPassage } from "./buildReuseTestSet";

export interface ReuseScore {
  passages: number;
  /** pairs sharing at least minWords reprinted words: the links that should be found */
  expected: number;
  found: number;
  predicted: number;
  /** links between passages that share reprinted words, but fewer than minWords */
  shortReuse: number;
  /** links between passages sharing no reprinted word */
  unrelated: number;
  precision: number;
  recall: number;
  /** mean over found links of (characters in both spans) / (characters in either), both passages together */
  spanJaccard: number;
  /** recall of the original against each kind of edited reprint */
  byEdit: { edit: string; expected: number; found: number }[];
  /** pairs sharing a boilerplate line (or a stock phrase) and no reprinted word, and how many of them were linked */
  boilerplatePairs: number; boilerplateLinked: number;
  stockPhrasePairs: number; stockPhraseLinked: number;
}

export function scoreReuse(docs: readonly TestPassage[], links: readonly ReuseLink[], minWords: number, shared: { boilerplate: string[]; stockPhrases: string[] }): ReuseScore {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const linked = new Map(links.map((l) => [`${l.a}:${l.b}`, l]));
  let expected = 0;
  let found = 0;
  let jaccard = 0;
  let boilerplatePairs = 0;
  let boilerplateLinked = 0;
  let stockPhrasePairs = 0;
  let stockPhraseLinked = 0;
  const byEdit = new Map<string, { expected: number; found: number }>(EDITS.map((e) => [e, { expected: 0, found: 0 }]));
  for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) {
    const [a, b] = [docs[i], docs[j]];
    const common = [...a.reprinted.keys()].filter((k) => b.reprinted.has(k));
    const link = linked.get(`${a.id}:${b.id}`);
    if (!common.length) {
      if (shared.boilerplate.some((line) => a.text.includes(line) && b.text.includes(line))) {
        boilerplatePairs++;
        if (link) boilerplateLinked++;
      }
      if (shared.stockPhrases.some((p) => a.text.includes(p) && b.text.includes(p))) {
        stockPhrasePairs++;
        if (link) stockPhraseLinked++;
      }
      continue;
    }
    if (common.length < minWords) continue;
    expected++;
    const edit = a.kind === "original" && b.source === a.source ? byEdit.get(b.kind) : undefined;
    if (edit) edit.expected++;
    if (!link) continue;
    found++;
    if (edit) edit.found++;
    jaccard += spanJaccard([link.aStart, link.aEnd], truthSpan(a, common), [link.bStart, link.bEnd], truthSpan(b, common));
  }
  const predicted = links.length;
  let shortReuse = 0;
  for (const l of links) {
    const [a, b] = [byId.get(l.a)!, byId.get(l.b)!];
    const common = [...a.reprinted.keys()].filter((k) => b.reprinted.has(k)).length;
    if (common > 0 && common < minWords) shortReuse++;
  }
  return {
    passages: docs.length, expected, found, predicted, shortReuse, unrelated: predicted - found - shortReuse,
    precision: predicted ? found / predicted : 1, recall: expected ? found / expected : 1,
    spanJaccard: found ? jaccard / found : 0,
    byEdit: [...byEdit].map(([edit, c]) => ({ edit, ...c })),
    boilerplatePairs, boilerplateLinked, stockPhrasePairs, stockPhraseLinked,
  };
}

/** From the first to the last reprinted word the pair shares, in this passage. */
function truthSpan(d: TestPassage, common: string[]): [number, number] {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const k of common) {
    const [s, e] = d.reprinted.get(k)!;
    start = Math.min(start, s);
    end = Math.max(end, e);
  }
  return [start, end];
}

function spanJaccard(a: [number, number], aTruth: [number, number], b: [number, number], bTruth: [number, number]): number {
  const inter = (x: [number, number], y: [number, number]) => Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
  const union = (x: [number, number], y: [number, number]) => x[1] - x[0] + y[1] - y[0] - inter(x, y);
  return (inter(a, aTruth) + inter(b, bTruth)) / (union(a, aTruth) + union(b, bTruth));
}
