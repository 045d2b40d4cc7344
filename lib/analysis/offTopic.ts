// Is an article about its collection's subject? Its TF-IDF vector is compared with the collection's, and the
// similarity judged against the collection's own articles, each scored with itself left out (leave-one-out),
// so that the threshold follows the collection: a tightly focused collection has a higher floor than a broad one.
// Method and measurements: docs/decisions/013-off-topic-articles.md (npm run eval:off-topic).
import {
  type ArticleTerms, applyToProfile, type CollectionProfile, cosine, inverseDocumentFrequency, profileOf, tfidfVector,
} from "./offTopicProfile";

/**
 * The cosine of the article's TF-IDF vector with the collection's centroid: the sum of its articles' unit
 * log-scaled vectors, weighted by the same inverse document frequencies (the Rocchio centroid, Manning, Raghavan &
 * Schütze 2008 §14.2). The article must not be in the profile (leaveOneOutScores takes it out first).
 */
export function centroidSimilarity(terms: ArticleTerms, profile: CollectionProfile): number {
  if (profile.articles <= 0) return 0;
  const centroid = new Map<string, number>();
  for (const [stem, weight] of profile.unitWeightSum) centroid.set(stem, weight * inverseDocumentFrequency(profile, stem));
  return cosine(tfidfVector(terms, profile), centroid);
}

/**
 * The mean cosine with the k most similar of the collection's articles (a k-nearest-neighbour score): kinder
 * to a collection that covers several sub-topics, whose centroid lies between them. Needs every article's
 * vector, so it reads the whole collection where the centroid reads one profile.
 */
export function nearestSimilarity(terms: ArticleTerms, others: readonly ArticleTerms[], profile: CollectionProfile, k: number): number {
  if (!others.length) return 0;
  const vector = tfidfVector(terms, profile);
  const scores = others.map((other) => cosine(vector, tfidfVector(other, profile))).sort((a, b) => b - a);
  const top = scores.slice(0, Math.max(1, Math.min(k, scores.length)));
  return top.reduce((sum, s) => sum + s, 0) / top.length;
}

export type SimilarityMethod = { kind: "centroid" } | { kind: "nearest"; k: number };
export const DEFAULT_METHOD: SimilarityMethod = { kind: "centroid" };

/** An outside article's similarity to the collection. */
export function similarityTo(terms: ArticleTerms, collection: readonly ArticleTerms[], method: SimilarityMethod = DEFAULT_METHOD, profile = profileOf(collection)): number {
  return method.kind === "centroid" ? centroidSimilarity(terms, profile) : nearestSimilarity(terms, collection, profile, method.k);
}

/** Each article's similarity to the rest of its collection: the article leaves the profile, is scored, comes back. */
export function leaveOneOutScores(collection: readonly ArticleTerms[], method: SimilarityMethod = DEFAULT_METHOD): number[] {
  const profile = profileOf(collection);
  return collection.map((terms, i) => {
    applyToProfile(profile, terms, -1);
    const score = method.kind === "centroid"
      ? centroidSimilarity(terms, profile)
      : nearestSimilarity(terms, collection.filter((_, j) => j !== i), profile, method.k);
    applyToProfile(profile, terms, 1);
    return score;
  });
}
