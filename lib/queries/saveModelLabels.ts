import { getPrisma } from "../db";
import type { FramingLabel } from "../classify/labels";
import type { SpeakerRole } from "../classify/speakerRoles";

export interface ModelLabel {
  id: number; framing: FramingLabel; confidence: number; modelVersion: number | null;
  speakerName: string | null; speakerRole: SpeakerRole | null;
}

/**
 * The model's labels for stored passages, in one transaction. A passage a person labelled keeps its
 * framing: only the model's own columns (model_framing, model_confidence) and the speaker change.
 */
export async function saveModelLabels(labels: ModelLabel[]): Promise<void> {
  const prisma = getPrisma();
  await prisma.$transaction(async (tx) => {
    for (const l of labels) {
      const model = { modelFraming: l.framing, modelConfidence: l.confidence, modelVersion: l.modelVersion, speakerName: l.speakerName, speakerRole: l.speakerRole };
      await tx.passage.updateMany({ where: { id: l.id, labelSource: "model" }, data: { ...model, framing: l.framing, confidence: l.confidence } });
      await tx.passage.updateMany({ where: { id: l.id, labelSource: "human" }, data: model });
    }
  }, { timeout: 120_000 });
}
