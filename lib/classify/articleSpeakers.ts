// The speakers of an article's passages, read in order: what one passage establishes ("Shohrat Zakir,
// Chairman of …", "Mirzat was a driving instructor", "spoke to twelve families") informs the next ("Zakir
// said", "he added", "Most said"). labelArticle and the speaker evaluation both read articles through this,
// so the scores measure what is stored.
import { emptyMemory, findSpeaker, interviewedGroup, narratedPerson, type SpeakerMemory } from "./mainSpeaker";
import { remember, rememberSpeakers, type Speaker, type SpeakerRegistry } from "./speaker";
import { kindOf } from "./speakerPhrase";

export interface SpeakerContext extends SpeakerMemory {
  registry: SpeakerRegistry;
  /** this passage's speaker, kept in the registry when the next passage is read */
  pending: Speaker | null;
}

export function newSpeakerContext(): SpeakerContext {
  return { registry: new Map(), pending: null, ...emptyMemory() };
}

// "the school's Party secretary told him to pack a bag": the speaker addressed someone else
const ADDRESSED = /^(?:[\p{L}’'-]+\s+){0,2}?(?:told|asked|ordered|instructed|informed|warned|summoned)\s+(?:him|her)\b/u;

/** The passage's speaker; updates the context for the passages after it. */
export function nextSpeaker(text: string, context: SpeakerContext): Speaker | null {
  // the last passage's speaker is kept now rather than then, so that the registry does not change between this
  // passage's speaker and its voice features (extractAttributions keeps its last answer for the second)
  if (context.pending) remember(context.pending, context.registry);
  context.pending = null;
  rememberSpeakers(text, context.registry);
  const speaker = findSpeaker(text, context.registry, context.previous, context);
  context.protagonist = narratedPerson(text, context.registry) ?? context.protagonist;
  context.interviewed = interviewedGroup(text) ?? context.interviewed;
  if (speaker) {
    context.pending = speaker;
    context.previous = speaker;
    context.previousQuoted = /[“”"]/.test(text);
    const at = speaker.name ? text.indexOf(speaker.name) : -1;
    context.addressedOther = at >= 0 && ADDRESSED.test(text.slice(at + (speaker.name?.length ?? 0)).trimStart());
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
