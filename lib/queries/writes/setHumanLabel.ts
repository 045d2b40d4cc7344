import { getPrisma } from "../../db";
import type { FramingLabel } from "../../classify/labels";
import { applyArticleStats } from "../stats/applyArticleStats";
import { compactDataChanges } from "../maintenance/compactDataChanges";
import { withDeadlockRetry } from "./withDeadlockRetry";

/** A reviewer's framing for a passage: stored as human, which the model never overwrites. Null if no such passage. */
export async function setHumanLabel(passageId: number, framing: FramingLabel) {
  const result = await withDeadlockRetry(() => getPrisma().$transaction(async (tx) => {
    // lock the row: two reviewers relabelling one passage at once must not both move its statistics
    const [found] = await tx.$queryRaw<{ framing: FramingLabel; articleId: number }[]>`
      SELECT framing::text AS framing, article_id AS "articleId" FROM passage WHERE id = ${passageId} FOR UPDATE`;
    if (!found) return null;
    // the precomputed statistics count by framing: take its article out and put it back with the new label
    const moved = found.framing !== framing;
    if (moved) await applyArticleStats(tx, [found.articleId], -1);
    const updated = await tx.passage.update({
      where: { id: passageId },
      data: { framing, labelSource: "human", confidence: 1, reviewedAt: new Date() },
      select: { id: true, framing: true, labelSource: true, modelFraming: true, reviewedAt: true },
    });
    if (moved) await applyArticleStats(tx, [found.articleId], 1);
    return updated;
    // Prisma's default of 5 s is not a bound on a relabel's work: it waits for its article's rows behind an
    // ingest's batch, and at a million passages it takes about a second
  }, { timeout: 60_000 }));
  await compactDataChanges();
  return result;
}
