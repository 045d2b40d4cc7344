// Reuse among passages held in memory: the same steps the database runs at ingest (fingerprints, the
// document-frequency cap, candidates, alignment), for the evaluation and the unit tests.
import { boilerplateHashes, candidatePairs, type Posting } from "./candidatePairs";
import type { ReuseParameters } from "./reuseParameters";
import { passageHashes, readReusePassage, type ReuseSpan, verifyReuse } from "./verifyReuse";

export interface PassageText { id: number; articleId: number; outletId: number; text: string }

/** A reuse link: passage a (the lower id) and passage b, with the reused span in each. */
export interface ReuseLink extends ReuseSpan { a: number; b: number }

export function detectReuse(passages: readonly PassageText[], params: ReuseParameters): ReuseLink[] {
  const read = new Map(passages.map((p) => [p.id, readReusePassage(p.text, params)]));
  const postings: Posting[] = passages.flatMap((p) => passageHashes(read.get(p.id)!).map((hash) => ({ hash, passageId: p.id, articleId: p.articleId, outletId: p.outletId })));
  const boilerplate = boilerplateHashes(postings, params.maxArticles);
  const rare = postings.filter((p) => !boilerplate.has(p.hash));
  const links: ReuseLink[] = [];
  for (const pair of candidatePairs(rare, () => true, params.minShared)) {
    const span = verifyReuse(read.get(pair.a)!, read.get(pair.b)!, pair.shared, params, boilerplate);
    if (span) links.push({ a: pair.a, b: pair.b, ...span });
  }
  return links.sort((x, y) => x.a - y.a || x.b - y.b);
}
