// What ingestion reports about an article's fit with its collection, worded for the person who added it:
// "looks off-topic for 'xinjiang': 0.04 similarity; the collection's articles are 0.21–0.63".
import { centroidSimilarity, type OffTopicCalibration } from "./offTopic";
import type { ArticleTerms, CollectionProfile } from "./offTopicProfile";

export interface OffTopicVerdict {
  score: number;
  range: [number, number];
  threshold: number;
  offTopic: boolean;
  message: string;
}

export function judgeOffTopic(score: number, calibration: OffTopicCalibration, collection: string): OffTopicVerdict {
  const { range, threshold } = calibration;
  const offTopic = calibration.articles > 0 && score < threshold;
  return { score, range, threshold, offTopic, message: messageFor(score, offTopic, calibration, collection) };
}

/**
 * At ingest: the new article (not yet in the profile) against its collection's stored profile and calibration
 * (the leave-one-out scores of its articles, or a sample of them, recomputed as the collection grows).
 */
export function offTopicVerdict(terms: ArticleTerms, profile: CollectionProfile, calibration: OffTopicCalibration, collection: string): OffTopicVerdict {
  return judgeOffTopic(centroidSimilarity(terms, profile), calibration, collection);
}

const two = (x: number) => x.toFixed(2);

function messageFor(score: number, offTopic: boolean, calibration: OffTopicCalibration, collection: string): string {
  if (calibration.articles === 0) return `nothing to compare with: '${collection}' has no other articles yet`;
  const similarity = `${two(score)} similarity`;
  const against = calibration.basis === "floor"
    ? `'${collection}' has too few articles to calibrate on (${calibration.articles}), so the threshold is ${two(calibration.threshold)}`
    : `the collection's articles are ${two(calibration.range[0])}–${two(calibration.range[1])}`;
  return `${offTopic ? "looks off-topic" : "on topic"} for '${collection}': ${similarity}; ${against}`;
}
