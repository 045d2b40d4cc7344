// A collection's calibration (decision 013): the leave-one-out scores of its articles, kept with the
// collection and recomputed when it has grown or shrunk by a tenth since, from a seeded sample of at most
// CALIBRATION_SAMPLE members, so that an ingest never scores every member of a large collection.
import type { Prisma } from "../../db";
import { calibrate, type OffTopicCalibration } from "../../analysis/offTopic";
import { articleUnitWeights } from "../../analysis/offTopicProfile";
import { leaveOneOutFromProfile } from "../../analysis/offTopicScoring";
import { readProfile } from "./readProfile";
import { storedArticleWords } from "./storedArticleWords";

export const CALIBRATION_SAMPLE = 200;
/** recalibrated once the article count has moved this share away from the one calibrated at */
export const RECALIBRATE_AFTER = 0.1;

interface StoredCalibration {
  articles: number; calibrated_articles: number | null; calibration_sample: number | null;
  range_low: number | null; range_high: number | null; threshold: number | null; basis: string | null;
}

export function needsCalibration(articles: number, calibratedAt: number | null): boolean {
  if (calibratedAt === null) return true;
  return Math.abs(articles - calibratedAt) >= Math.max(1, RECALIBRATE_AFTER * calibratedAt);
}

/**
 * The collection's calibration as it stands, its profile row locked to the commit: articles joining now are
 * scored against the profile without them and added to it before another writer reads it. `joining` are
 * members whose share is not in the profile yet (the batch being judged), left out of the sample.
 */
export async function calibrationFor(tx: Prisma.TransactionClient, collectionId: number, joining: number[]): Promise<{ articles: number; calibration: OffTopicCalibration }> {
  await tx.$executeRaw`INSERT INTO collection_profile (collection_id) VALUES (${collectionId}) ON CONFLICT DO NOTHING`;
  const [row] = await tx.$queryRaw<StoredCalibration[]>`SELECT * FROM collection_profile WHERE collection_id = ${collectionId} FOR UPDATE`;
  if (!needsCalibration(row.articles, row.calibrated_articles)) {
    return {
      articles: row.articles,
      calibration: {
        articles: row.calibration_sample ?? 0, range: [row.range_low ?? 0, row.range_high ?? 0], threshold: row.threshold ?? 0,
        basis: row.basis === "floor" ? "floor" : "collection",
      },
    };
  }
  // The sample is seeded by the ids, so it changes little as the collection grows. Flagged members are left
  // out: their low scores would pull the threshold down until the next outsider passed it.
  const sample = await tx.$queryRaw<{ article_id: number }[]>`
    SELECT article_id FROM article_collection
    WHERE collection_id = ${collectionId} AND NOT off_topic AND NOT (article_id = ANY(${joining}::int[]))
    ORDER BY md5(${collectionId}::text || ':' || article_id::text) LIMIT ${CALIBRATION_SAMPLE}`;
  const words = await storedArticleWords(tx, sample.map((r) => r.article_id));
  const profile = await readProfile(tx, collectionId);
  const members = [...words.values()].map((terms) => ({ terms, unitWeights: articleUnitWeights(terms) }));
  const calibration = calibrate(leaveOneOutFromProfile(profile, members));
  await tx.$executeRaw`
    UPDATE collection_profile SET calibrated_articles = articles, calibration_sample = ${calibration.articles},
      range_low = ${calibration.range[0]}, range_high = ${calibration.range[1]}, threshold = ${calibration.threshold}, basis = ${calibration.basis}
    WHERE collection_id = ${collectionId}`;
  return { articles: row.articles, calibration };
}
