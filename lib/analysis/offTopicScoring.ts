// centroidSimilarity (offTopic.ts) reads the whole profile for every score. At ingest the stored profile is
// large (a collection's whole vocabulary) and only the article's own words meet the centroid, so the score is
// split: the centroid's norm is one sum over the profile (summed in SQL, or by centroidParts for leave-one-out),
// and the dot product and the article's norm need the profile's rows for the article's words only.
import { logWeight, type ArticleTerms, type CollectionProfile } from "./offTopicProfile";

/** The profile's rows for some words, with the collection's article count. */
export type ProfileRows = Pick<CollectionProfile, "articles" | "documentFrequency" | "unitWeightSum">;

/**
 * The centroid's squared norm, Σ_t (U_t · idf_t)², with idf_t = a − b_t, a = ln(1 + N) + 1, b_t = ln(1 + df_t),
 * kept as three sums so that the norm follows when N changes for every word at once (leave-one-out):
 * Σ U²(a − b)² = a²·ΣU² − 2a·ΣU²b + ΣU²b².
 */
export interface CentroidParts { s1: number; s2: number; s3: number }

export function centroidParts(profile: ProfileRows): CentroidParts {
  const parts = { s1: 0, s2: 0, s3: 0 };
  for (const [key, u] of profile.unitWeightSum) addTerm(parts, u, profile.documentFrequency.get(key) ?? 0, 1);
  return parts;
}

function addTerm(parts: CentroidParts, u: number, df: number, sign: 1 | -1): void {
  if (df <= 0) return;
  const b = Math.log(1 + df);
  const u2 = u * u;
  parts.s1 += sign * u2;
  parts.s2 += sign * u2 * b;
  parts.s3 += sign * u2 * b * b;
}

export function centroidNorm(parts: CentroidParts, articles: number): number {
  const a = Math.log(1 + articles) + 1;
  return Math.sqrt(Math.max(0, a * a * parts.s1 - 2 * a * parts.s2 + parts.s3));
}

/** centroidSimilarity from the profile's rows for the article's words and the centroid's norm over all of them. */
export function similarityFromRows(terms: ArticleTerms, rows: ProfileRows, norm: number): number {
  if (rows.articles <= 0 || norm === 0) return 0;
  const a = Math.log(1 + rows.articles) + 1;
  let dot = 0;
  let articleNorm = 0;
  for (const [key, count] of terms) {
    const idf = a - Math.log(1 + (rows.documentFrequency.get(key) ?? 0));
    const weight = logWeight(count) * idf;
    articleNorm += weight * weight;
    dot += weight * (rows.unitWeightSum.get(key) ?? 0) * idf;
  }
  if (dot === 0) return 0;
  return dot / (Math.sqrt(articleNorm) * norm);
}

/**
 * Leave-one-out scores of some of the profile's articles (their unit weights as articleUnitWeights gives them):
 * each article leaves the profile, is scored, and comes back, touching only its own words, so that a sample of
 * 200 members of a large collection costs one pass over the profile and 200 passes over an article.
 */
export function leaveOneOutFromProfile(profile: ProfileRows, members: readonly { terms: ArticleTerms; unitWeights: ReadonlyMap<string, number> }[]): number[] {
  const base = centroidParts(profile);
  const others = profile.articles - 1;
  return members.map(({ terms, unitWeights }) => {
    if (others <= 0) return 0;
    const parts = { ...base };
    const df = new Map<string, number>();
    const sums = new Map<string, number>();
    for (const [key, w] of unitWeights) {
      const d = profile.documentFrequency.get(key) ?? 0;
      const u = profile.unitWeightSum.get(key) ?? 0;
      addTerm(parts, u, d, -1);
      if (d - 1 > 0) {
        addTerm(parts, u - w, d - 1, 1);
        df.set(key, d - 1);
        sums.set(key, u - w);
      }
    }
    return similarityFromRows(terms, { articles: others, documentFrequency: df, unitWeightSum: sums }, centroidNorm(parts, others));
  });
}
