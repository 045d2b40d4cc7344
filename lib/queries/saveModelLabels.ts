import { getPrisma } from "../db";
import type { FramingLabel } from "../classify/labels";
import type { SpeakerRole } from "../classify/speakerRoles";
import { applyArticleStats } from "./applyArticleStats";
import { withDeadlockRetry } from "./withDeadlockRetry";

export interface ModelLabel {
  id: number; framing: FramingLabel; confidence: number; modelVersion: number | null;
  speakerName: string | null; speakerRole: SpeakerRole | null;
}

/**
 * The model's labels for stored passages, in one transaction. A passage a person labelled keeps its
 * framing: only the model's own columns (model_framing, model_confidence) and the speaker change.
 */
export async function saveModelLabels(labels: ModelLabel[]): Promise<void> {
  await withDeadlockRetry(() => getPrisma().$transaction(async (tx) => {
    const current = await tx.passage.findMany({ where: { id: { in: labels.map((l) => l.id) } }, select: { id: true, framing: true, labelSource: true, articleId: true } });
    const byId = new Map(current.map((p) => [p.id, p]));
    // articles with a passage whose label in force changes leave the precomputed statistics and re-enter relabelled
    const moving = labels.filter((l) => byId.get(l.id)?.labelSource === "model" && byId.get(l.id)?.framing !== l.framing).map((l) => byId.get(l.id)!.articleId);
    await applyArticleStats(tx, moving, -1);
    for (const l of labels) {
      const model = { modelFraming: l.framing, modelConfidence: l.confidence, modelVersion: l.modelVersion, speakerName: l.speakerName, speakerRole: l.speakerRole };
      const inForce = byId.get(l.id)?.labelSource === "model" ? { framing: l.framing, confidence: l.confidence } : {};
      await tx.passage.update({ where: { id: l.id }, data: { ...model, ...inForce } });
    }
    await applyArticleStats(tx, moving, 1);
  }, { timeout: 300_000 }));
}
