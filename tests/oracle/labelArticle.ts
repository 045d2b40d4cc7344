// labelArticle as it was before optimisation (see tokenize.ts in this folder for why it is kept).
import type { VoiceContext } from "../../lib/classify/features";
import type { Prediction } from "../../lib/classify/model";
import { findSpeaker, rememberSpeakers, type Speaker, type SpeakerRegistry } from "./speaker";

export interface ReferenceLabelledText { prediction: Prediction; speaker: Speaker | null }

export function referenceLabelArticle(texts: string[], predict: (text: string, context?: VoiceContext) => Prediction): ReferenceLabelledText[] {
  const registry: SpeakerRegistry = new Map();
  let previous: Speaker | null = null;
  return texts.map((text) => {
    const context: VoiceContext = { registry, previousRole: previous?.role ?? null };
    rememberSpeakers(text, registry);
    const speaker = findSpeaker(text, registry, previous);
    const prediction = predict(text, context);
    previous = speaker ?? previous;
    return { prediction, speaker };
  });
}
