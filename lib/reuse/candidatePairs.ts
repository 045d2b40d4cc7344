// Candidates through the fingerprint index, never all pairs: two passages are compared only when they hold
// at least `minShared` of the same fingerprints, each of which is in at most `maxArticles` articles (a
// document-frequency cap like passim's: wire credits, "Follow us on…" and stock phrases are in many articles'
// furniture and would join everything to everything). Passages of one outlet are never a pair: like passim,
// which suppresses pairs within one "series" (one newspaper's issues repeat their masthead and advertisements),
// an outlet's own furniture, repeated in each of its articles, must not link them; reuse here is wording that
// travels from one outlet to another. Passages of one article are a fortiori never a pair.

/** One passage holding one fingerprint. */
export interface Posting { hash: number; passageId: number; articleId: number; outletId: number }

/** A pair to align, lower passage id first, with the fingerprints it shares. */
export interface CandidatePair { a: number; b: number; shared: Set<number> }

/** Hashes in more than `maxArticles` distinct articles, counted over the postings given. */
export function boilerplateHashes(postings: readonly Posting[], maxArticles: number): Set<number> {
  const articles = new Map<number, Set<number>>();
  for (const p of postings) {
    let set = articles.get(p.hash);
    if (!set) articles.set(p.hash, (set = new Set()));
    set.add(p.articleId);
  }
  return new Set([...articles].filter(([, set]) => set.size > maxArticles).map(([hash]) => hash));
}

/**
 * The pairs among `postings` (already free of boilerplate) that involve at least one passage `isNew` accepts,
 * lie in two outlets and share at least `minShared` fingerprints.
 */
export function candidatePairs(postings: readonly Posting[], isNew: (passageId: number) => boolean, minShared: number): CandidatePair[] {
  const byHash = new Map<number, Posting[]>();
  for (const p of postings) {
    const list = byHash.get(p.hash);
    if (list) list.push(p);
    else byHash.set(p.hash, [p]);
  }
  const pairs = new Map<string, CandidatePair>();
  for (const [hash, list] of byHash) {
    // each new passage against every other holder: new × all, not all × all, as the holders of a hash just under
    // the cap are mostly earlier passages
    for (const x of list) {
      if (!isNew(x.passageId)) continue;
      for (const y of list) {
        if (x.outletId === y.outletId) continue;
        // a pair of two new passages is met from both sides: counted from its lower id only
        if (isNew(y.passageId) && y.passageId < x.passageId) continue;
        const [a, b] = x.passageId < y.passageId ? [x.passageId, y.passageId] : [y.passageId, x.passageId];
        const key = `${a}:${b}`;
        const pair = pairs.get(key);
        if (pair) pair.shared.add(hash);
        else pairs.set(key, { a, b, shared: new Set([hash]) });
      }
    }
  }
  return [...pairs.values()].filter((p) => p.shared.size >= minShared);
}
