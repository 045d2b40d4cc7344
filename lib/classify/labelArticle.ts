// An article's passages through the model in reading order, so that what one passage establishes
// ("Shohrat Zakir, Chairman of …") informs the next ("Zakir said", "he added").
import type { VoiceContext } from "./features";
import type { FramingModel, Prediction } from "./model";
import { findSpeaker, rememberSpeakers, type Speaker, type SpeakerRegistry } from "./speaker";

export interface LabelledText { prediction: Prediction; speaker: Speaker | null }

export function labelArticle(texts: string[], model: FramingModel): LabelledText[] {
  const registry: SpeakerRegistry = new Map();
  let previous: Speaker | null = null;
  return texts.map((text) => {
    const context: VoiceContext = { registry, previousRole: previous?.role ?? null };
    rememberSpeakers(text, registry);
    const speaker = findSpeaker(text, registry, previous);
    const prediction = model.predict(text, context);
    previous = speaker ?? previous;
    return { prediction, speaker };
  });
}
