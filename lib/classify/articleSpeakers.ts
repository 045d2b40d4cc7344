// The speakers of an article's passages, read in order: what one passage establishes ("Shohrat Zakir,
// Chairman of …", "Mirzat was a driving instructor", "spoke to twelve families") informs the next ("Zakir
// said", "he added", "Most said"). labelArticle and the speaker evaluation both read articles through this,
// so the scores measure what is stored.
import { emptyMemory, findSpeaker, interviewedGroup, type SpeakerMemory } from "./mainSpeaker";
import { remember, rememberSpeakers, roleFor, type Speaker, type SpeakerRegistry } from "./speaker";
import { isPersonName, kindOf } from "./speakerPhrase";

export interface SpeakerContext extends SpeakerMemory {
  registry: SpeakerRegistry;
}

export function newSpeakerContext(): SpeakerContext {
  return { registry: new Map(), ...emptyMemory() };
}

// "Parhat was a music teacher", "Mirzat now drives a taxi": the person a narrative passage is about.
const NARRATED = /(?:^|[.!?]\s+|,\s+)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?:,\s+\d{1,3},)?\s+(?:was|is|now|took|went|spent|worked|works|lives|lived|keeps|kept|runs|ran|left|returned|still|no longer|did not|does not|had been|has been|asked)\b/gu;
const ADDRESSED = /\b(?:told|asked|ordered|instructed|informed|warned|summoned)\s+(?:him|her)\b/;

/** The passage's speaker; updates the context for the passages after it. */
export function nextSpeaker(text: string, context: SpeakerContext): Speaker | null {
  rememberSpeakers(text, context.registry);
  const speaker = findSpeaker(text, context.registry, context.previous, context);
  const narration = text.replace(/[“"][^”"]*[”"]/g, " ");
  const narrated = [...narration.matchAll(NARRATED)].map((m) => m[1]).filter(isPersonName).at(-1);
  if (narrated) context.protagonist = { name: context.registry.get(narrated)?.name ?? narrated, role: roleFor(narrated, undefined, context.registry) };
  context.interviewed = interviewedGroup(text) ?? context.interviewed;
  if (speaker) {
    remember(speaker, context.registry);
    context.previous = speaker;
    context.previousQuoted = /[“”"]/.test(text);
    context.addressedOther = ADDRESSED.test(text);
    if (kindOf(speaker.name) === "group") context.lastGroup = speaker;
  } else {
    context.previousQuoted = false;
  }
  return speaker;
}

export function articleSpeakers(texts: string[]): (Speaker | null)[] {
  const context = newSpeakerContext();
  return texts.map((text) => nextSpeaker(text, context));
}
