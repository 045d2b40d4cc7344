// labelArticle as it was before optimisation (see tokenize.ts in this folder for why it is kept).
import { newSpeakerContext, nextSpeaker } from "../../lib/classify/articleSpeakers";
import type { VoiceContext } from "../../lib/classify/features";
import type { Prediction } from "../../lib/classify/model";
import type { Speaker } from "./speaker";

export interface ReferenceLabelledText { prediction: Prediction; speaker: Speaker | null }

export function referenceLabelArticle(texts: string[], predict: (text: string, context?: VoiceContext) => Prediction): ReferenceLabelledText[] {
  const speakers = newSpeakerContext();
  return texts.map((text) => {
    const context: VoiceContext = { registry: speakers.registry, previousRole: speakers.previous?.role ?? null };
    const speaker = nextSpeaker(text, speakers);
    const prediction = predict(text, context);
    return { prediction, speaker };
  });
}
