// Articles joining a collection are judged against it before they join (the profile without them), the
// verdict kept on their membership, and then added to the profile: all in the caller's transaction.
import type { Prisma } from "../../db";
import type { ArticleTerms } from "../../analysis/offTopicProfile";
import { similarityFromRows } from "../../analysis/offTopicScoring";
import { judgeOffTopic, type OffTopicVerdict } from "../../analysis/offTopicVerdict";
import { applyToProfiles } from "./applyToProfiles";
import { calibrationFor } from "./calibrationFor";
import { profileCentroidNorm, readProfile } from "./readProfile";

export interface Joining { articleId: number; collectionId: number; collection: string; terms: ArticleTerms }

/** Verdicts by "articleId:collectionId" (none for a collection that had no article yet). Collections are taken in id order, as every writer takes them. */
export async function judgeJoining(tx: Prisma.TransactionClient, joining: readonly Joining[]): Promise<Map<string, OffTopicVerdict>> {
  const verdicts = new Map<string, OffTopicVerdict>();
  const collections = [...new Set(joining.map((j) => j.collectionId))].sort((a, b) => a - b);
  for (const collectionId of collections) {
    const mine = joining.filter((j) => j.collectionId === collectionId);
    const { articles, calibration } = await calibrationFor(tx, collectionId, mine.map((j) => j.articleId));
    const norm = await profileCentroidNorm(tx, collectionId, articles);
    const rows = await readProfile(tx, collectionId, [...new Set(mine.flatMap((j) => [...j.terms.keys()]))]);
    // an empty collection has nothing to compare with: no verdict, no score kept
    const judged = calibration.articles > 0 ? mine : [];
    for (const j of judged) {
      const verdict = judgeOffTopic(similarityFromRows(j.terms, rows, norm), calibration, j.collection);
      verdicts.set(`${j.articleId}:${collectionId}`, verdict);
    }
    await tx.$executeRaw`
      UPDATE article_collection ac SET similarity = v.similarity, off_topic = v.off_topic
      FROM unnest(${judged.map((j) => j.articleId)}::int[], ${judged.map((j) => verdicts.get(`${j.articleId}:${collectionId}`)!.score)}::real[],
                  ${judged.map((j) => verdicts.get(`${j.articleId}:${collectionId}`)!.offTopic)}::boolean[]) AS v(article_id, similarity, off_topic)
      WHERE ac.collection_id = ${collectionId} AND ac.article_id = v.article_id`;
  }
  await applyToProfiles(tx, joining, 1);
  return verdicts;
}
