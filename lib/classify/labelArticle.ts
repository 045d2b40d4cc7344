// An article's passages through the model in reading order, so that what one passage establishes
// ("Shohrat Zakir, Chairman of …") informs the next ("Zakir said", "he added").
import { newSpeakerContext, nextSpeaker } from "./articleSpeakers";
import type { VoiceContext } from "./features";
import type { FramingModel, Prediction } from "./model";
import type { Speaker } from "./speaker";

export interface LabelledText { prediction: Prediction; speaker: Speaker | null }

export function labelArticle(texts: string[], model: FramingModel): LabelledText[] {
  const speakers = newSpeakerContext();
  return texts.map((text) => {
    const context: VoiceContext = { registry: speakers.registry, previousRole: speakers.previous?.role ?? null };
    const speaker = nextSpeaker(text, speakers);
    const prediction = model.predict(text, context);
    return { prediction, speaker };
  });
}
