import { getPrisma } from "../../db";
import type { FramingLabel } from "../../classify/labels";
import type { SpeakerRole } from "../../classify/speakerRoles";
import { applyArticleStats } from "../stats/applyArticleStats";
import { withDeadlockRetry } from "./withDeadlockRetry";

export interface ModelLabel {
  id: number; framing: FramingLabel; confidence: number; modelVersion: number | null;
  speakerName: string | null; speakerRole: SpeakerRole | null;
}

/**
 * The model's labels for stored passages, in one transaction. A passage a person labelled keeps its
 * framing: only the model's own columns (model_framing, model_confidence) and the speaker change. One UPDATE
 * for all of them: an update per passage made a corpus-wide re-labelling a statement per passage.
 */
export async function saveModelLabels(labels: ModelLabel[]): Promise<void> {
  if (!labels.length) return;
  await withDeadlockRetry(() => getPrisma().$transaction(async (tx) => {
    const ids = labels.map((l) => l.id);
    // articles with a passage whose label in force changes leave the precomputed statistics and re-enter relabelled
    const moving = await tx.$queryRaw<{ articleId: number }[]>`
      SELECT DISTINCT p.article_id AS "articleId"
      FROM passage p JOIN unnest(${ids}::int[], ${labels.map((l) => l.framing)}::text[]) AS l(id, framing) ON l.id = p.id
      WHERE p.label_source = 'model' AND p.framing::text <> l.framing`;
    const articles = moving.map((m) => m.articleId);
    await applyArticleStats(tx, articles, -1);
    await tx.$executeRaw`
      UPDATE passage p
      SET model_framing = l.framing::"Framing", model_confidence = l.confidence, model_version = l.version,
          speaker_name = l.speaker_name, speaker_role = l.speaker_role::"SpeakerRole",
          framing = CASE WHEN p.label_source = 'model' THEN l.framing::"Framing" ELSE p.framing END,
          confidence = CASE WHEN p.label_source = 'model' THEN l.confidence ELSE p.confidence END
      FROM unnest(${ids}::int[], ${labels.map((l) => l.framing)}::text[], ${labels.map((l) => l.confidence)}::float8[],
                  ${labels.map((l) => l.modelVersion)}::int[], ${labels.map((l) => l.speakerName)}::text[], ${labels.map((l) => l.speakerRole)}::text[])
           AS l(id, framing, confidence, version, speaker_name, speaker_role)
      WHERE p.id = l.id`;
    await applyArticleStats(tx, articles, 1);
  }, { timeout: 300_000 }));
}
