// The review queue: the passages most worth a reviewer's look (least confident first, or those whose speaker and
// framing disagree), each with its neighbours; and where retraining stands (the Review page's panel and
// GET /api/review/retrain). The queue carries the active model's version (null before the first training). Both change with every label, so no cache may keep them.
import { parseReviewParams } from "../review/reviewQueue";
import { attemptView } from "../review/attemptView";
import { getActiveModelVersion, getReviewQueue } from "../queries/reads";
import { getLatestTrainingAttempts } from "../queries/writes";
import { collectionOf, missingCollection } from "./collections";
import { defineView } from "./view";

export const reviewView = defineView({
  parse: parseReviewParams,
  async load(params) {
    const [collection, queue, activeVersion] = await Promise.all([collectionOf(params), getReviewQueue(params), getActiveModelVersion()]);
    return { ...queue, activeVersion, collection, unknownCollection: missingCollection(params, collection) };
  },
  notFound: (data) => data.unknownCollection,
  noStore: true,
});

export const retrainStatusView = defineView({
  parse: () => ({ ok: true as const, value: {} }),
  async load() {
    const { latest, lastCompared } = await getLatestTrainingAttempts();
    return { running: latest?.status === "running", latest: attemptView(latest), lastCompared: attemptView(lastCompared) };
  },
  noStore: true,
});
