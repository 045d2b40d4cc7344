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

/** How a collection's articles score against the rest of it, and the similarity below which an article is flagged. */
export interface OffTopicCalibration {
  articles: number;
  /** the lowest and highest leave-one-out score */
  range: [number, number];
  threshold: number;
  /** "collection": a share of the leave-one-out scores' 5th percentile; "floor": too few articles to calibrate on */
  basis: "collection" | "floor";
}

export interface CalibrationRule {
  /** the threshold as a share of the 5th percentile of the leave-one-out scores */
  share: number;
  /** below this many articles the leave-one-out scores say too little, and the floor is the threshold */
  minArticles: number;
  floor: number;
}

/**
 * Chosen on the two demo collections, the off-topic fixtures and the real pages (npm run eval:off-topic, decision
 * 013). The floor is on each method's own scale: the nearest articles score lower than the centroid does.
 */
export const DEFAULT_RULES: Record<SimilarityMethod["kind"], CalibrationRule> = {
  centroid: { share: 0.8, minArticles: 8, floor: 0.12 },
  nearest: { share: 0.8, minArticles: 8, floor: 0.1 },
};
export const DEFAULT_RULE = DEFAULT_RULES[DEFAULT_METHOD.kind];

/**
 * Every leave-one-out score is how a new article on the subject would have scored, so a threshold below their 5th
 * percentile flags fewer than one in twenty on-topic articles; the share below it leaves room for a collection
 * that has not yet seen every angle of its subject.
 */
export function calibrate(leaveOneOut: readonly number[], rule: CalibrationRule = DEFAULT_RULE): OffTopicCalibration {
  const sorted = [...leaveOneOut].sort((a, b) => a - b);
  const range: [number, number] = sorted.length ? [sorted[0], sorted[sorted.length - 1]] : [0, 0];
  if (sorted.length < rule.minArticles) return { articles: sorted.length, range, threshold: rule.floor, basis: "floor" };
  return { articles: sorted.length, range, threshold: rule.share * percentile(sorted, 0.05), basis: "collection" };
}

/** Linear interpolation between closest ranks (Hyndman & Fan 1996, definition 7, as numpy's default). */
export function percentile(sorted: readonly number[], p: number): number {
  const at = p * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
}
