// The alternative measured against winnowing (docs/decisions/014-text-reuse.md): MinHash signatures of each
// passage's set of word trigrams with banded locality-sensitive hashing (Broder 1997; Leskovec, Rajaraman &
// Ullman, Mining of Massive Datasets, ch. 3). A pair is a candidate when all rows of one band agree, which is
// likely only when the two passages' whole shingle sets are similar (Jaccard). Candidates are then aligned
// exactly as winnowing's are.
import { boilerplateHashes, type Posting } from "../candidatePairs";
import type { PassageText, ReuseLink } from "../detectReuse";
import type { ReuseParameters } from "../reuseParameters";
import { readReusePassage, verifyReuse } from "../verifyReuse";

export function minhashReuse(passages: readonly PassageText[], params: ReuseParameters, bands = 20, rows = 5): ReuseLink[] {
  const read = new Map(passages.map((p) => [p.id, readReusePassage(p.text, { ngram: params.ngram, window: 1 })]));
  const sets = new Map(passages.map((p) => [p.id, new Set(read.get(p.id)!.prints.map((f) => f.hash))]));
  const postings: Posting[] = passages.flatMap((p) => [...sets.get(p.id)!].map((hash) => ({ hash, passageId: p.id, articleId: p.articleId, outletId: p.outletId })));
  const boilerplate = boilerplateHashes(postings, params.maxArticles);
  const seeds = Array.from({ length: bands * rows }, (_, i) => Math.imul(i + 1, 0x9e3779b1) | 0);
  const buckets = new Map<string, number[]>();
  for (const p of passages) {
    const set = [...sets.get(p.id)!].filter((h) => !boilerplate.has(h));
    if (!set.length) continue;
    const signature = seeds.map((seed) => Math.min(...set.map((h) => mix(h ^ seed))));
    for (let band = 0; band < bands; band++) {
      const key = `${band}:${signature.slice(band * rows, band * rows + rows).join(",")}`;
      const list = buckets.get(key);
      if (list) list.push(p.id);
      else buckets.set(key, [p.id]);
    }
  }
  const byId = new Map(passages.map((p) => [p.id, p]));
  const pairs = new Set<string>();
  for (const list of buckets.values()) for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
    const [a, b] = list[i] < list[j] ? [list[i], list[j]] : [list[j], list[i]];
    if (byId.get(a)!.outletId !== byId.get(b)!.outletId) pairs.add(`${a}:${b}`);
  }
  const links: ReuseLink[] = [];
  for (const key of pairs) {
    const [a, b] = key.split(":").map(Number);
    const shared = new Set([...sets.get(a)!].filter((h) => sets.get(b)!.has(h) && !boilerplate.has(h)));
    const span = verifyReuse(read.get(a)!, read.get(b)!, shared, params, boilerplate);
    if (span) links.push({ a, b, ...span });
  }
  return links.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** A 32-bit integer mix (murmur3's finaliser): one hash function per seed. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
