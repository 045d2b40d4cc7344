// A collection's vocabulary, kept as sums so that it can be brought up to date article by article, and the
// TF-IDF vectors an article is compared with it by (lib/analysis/offTopic.ts).
//
// Words only (countTerms rows of one word, by stem): phrases enter the dictionary only once seen three times
// (decision 003), so a phrase-based profile would depend on the order articles arrived in; a phrase's words
// carry most of its topic anyway.
//
// Stored shape, kept in the same transaction as the statistics (add at ingest and when an article joins a
// collection, subtract at deletion and when it leaves):
//   collection_profile       (collection_id, articles int)
//   collection_profile_term  (collection_id, term_id bigint, articles int, unit_weight double precision)
// where `articles` is the term's document frequency and `unit_weight` the sum, over the collection's articles,
// of the term's component in the article's unit-length log-scaled vector (articleUnitWeights). Both are plain
// sums, so adding and subtracting an article is exact up to floating point, like the statistics' counts.
import { countTerms } from "./terms";

/** An article's words: stem → occurrences over all its passages. */
export type ArticleTerms = ReadonlyMap<string, number>;

export interface CollectionProfile {
  articles: number;
  /** stem → how many of the collection's articles use it */
  documentFrequency: Map<string, number>;
  /** stem → Σ over the collection's articles of articleUnitWeights(article)[stem] */
  unitWeightSum: Map<string, number>;
}

export function articleTerms(passages: readonly string[]): ArticleTerms {
  const counts = new Map<string, number>();
  for (const passage of passages) {
    for (const row of countTerms(passage)) {
      if (row.n === 1) counts.set(row.stem, (counts.get(row.stem) ?? 0) + row.count);
    }
  }
  return counts;
}

/** Sublinear term frequency (Manning, Raghavan & Schütze 2008, §6.4.1): a word used ten times is not ten times the topic. */
export function logWeight(count: number): number {
  return count > 0 ? 1 + Math.log(count) : 0;
}

/** The article's log-scaled vector at unit length: each article counts once in the centroid, whatever its length. */
export function articleUnitWeights(terms: ArticleTerms): Map<string, number> {
  let norm = 0;
  for (const count of terms.values()) norm += logWeight(count) ** 2;
  norm = Math.sqrt(norm);
  const out = new Map<string, number>();
  if (norm === 0) return out;
  for (const [stem, count] of terms) out.set(stem, logWeight(count) / norm);
  return out;
}

export function emptyProfile(): CollectionProfile {
  return { articles: 0, documentFrequency: new Map(), unitWeightSum: new Map() };
}

/** Adds (sign 1) or removes (sign −1) one article's share; terms whose frequency reaches zero leave the profile. */
export function applyToProfile(profile: CollectionProfile, terms: ArticleTerms, sign: 1 | -1): void {
  profile.articles += sign;
  for (const [stem, weight] of articleUnitWeights(terms)) {
    const df = (profile.documentFrequency.get(stem) ?? 0) + sign;
    if (df <= 0) {
      profile.documentFrequency.delete(stem);
      profile.unitWeightSum.delete(stem);
      continue;
    }
    profile.documentFrequency.set(stem, df);
    profile.unitWeightSum.set(stem, (profile.unitWeightSum.get(stem) ?? 0) + sign * weight);
  }
}

export function profileOf(articles: readonly ArticleTerms[]): CollectionProfile {
  const profile = emptyProfile();
  for (const terms of articles) applyToProfile(profile, terms, 1);
  return profile;
}

/**
 * Smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1 (as scikit-learn's TfidfVectorizer): a word
 * every article uses still weighs 1, and one the collection has never seen weighs most.
 */
export function inverseDocumentFrequency(profile: CollectionProfile, stem: string): number {
  return Math.log((1 + profile.articles) / (1 + (profile.documentFrequency.get(stem) ?? 0))) + 1;
}

/** The article's TF-IDF vector under the collection's document frequencies. */
export function tfidfVector(terms: ArticleTerms, profile: CollectionProfile): Map<string, number> {
  const out = new Map<string, number>();
  for (const [stem, count] of terms) out.set(stem, logWeight(count) * inverseDocumentFrequency(profile, stem));
  return out;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, value] of small) dot += value * (large.get(key) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(v: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of v.values()) sum += value * value;
  return Math.sqrt(sum);
}
