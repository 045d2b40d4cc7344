// Fingerprints of a passage's wording: hashed word n-grams ("shingles") thinned by winnowing (Schleimer,
// Wilkerson & Aiken 2003, "Winnowing: local algorithms for document fingerprinting"). Of every `window`
// consecutive shingle hashes the smallest is kept (the rightmost of equals), so any run of at least
// window + ngram − 1 identical words in two passages gives both at least one identical fingerprint, while a
// passage keeps only about 2 / (window + 1) of its shingles.

/** A kept fingerprint: the shingle's hash (a signed 32-bit integer, as PostgreSQL's int4) and its first token. */
export interface Fingerprint { hash: number; token: number }

/** FNV-1a over the shingle's tokens joined by a space, as a signed 32-bit integer. */
export function shingleHash(tokens: readonly string[], from: number, ngram: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + ngram; i++) {
    const t = tokens[i];
    for (let c = 0; c < t.length; c++) {
      h ^= t.charCodeAt(c);
      h = Math.imul(h, 0x01000193);
    }
    if (i < from + ngram - 1) h = Math.imul(h ^ 0x20, 0x01000193);
  }
  return h | 0;
}

/** The winnowed fingerprints of a token sequence, in order of position. A text shorter than one shingle has none. */
export function fingerprints(tokens: readonly string[], ngram: number, window: number): Fingerprint[] {
  const count = tokens.length - ngram + 1;
  if (count <= 0) return [];
  const hashes = new Int32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = shingleHash(tokens, i, ngram);
  const kept: Fingerprint[] = [];
  let last = -1;
  // a text with fewer shingles than a window is one window
  const windows = Math.max(1, count - window + 1);
  for (let start = 0; start < windows; start++) {
    let best = start;
    for (let i = start + 1; i < Math.min(start + window, count); i++) if (hashes[i] <= hashes[best]) best = i;
    if (best !== last) {
      kept.push({ hash: hashes[best], token: best });
      last = best;
    }
  }
  return kept;
}

/** The distinct hashes among fingerprints: what is stored, once per passage. */
export function distinctHashes(prints: readonly Fingerprint[]): number[] {
  return [...new Set(prints.map((p) => p.hash))];
}
