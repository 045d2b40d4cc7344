// The passage's main speaker: the first speaker it attributes words or a claim to, in reading order, with
// pronouns and bare quantifiers resolved as a reader would from what came before:
//   he/she  → a person named earlier in the passage, else the previous passage's speaker if that was one
//             person who did not address a third ("the Party secretary told him to pack": "he" is the other
//             man), else the person the narration is about;
//   they    → a group or body earlier in the passage, else the previous speaker if it was one;
//   it      → a body (ministry, mission, report) earlier in the passage or just before;
//   "Most", "Several", "Others" → the group the reporter interviewed, else the last group that spoke.
// A paragraph that is nothing but a quotation continues the speaker quoted in the paragraph before.
import { extractAttributions, roleFor, speakerOf, wordsBefore, type Attribution, type Speaker, type SpeakerRegistry } from "./speaker";
import { sentenceSubject } from "./speakerSubject";
import { roleOfDescription } from "./speakerDescription";
import { isPersonName, kindOf } from "./speakerPhrase";

export interface SpeakerMemory {
  /** the last speaker found in the article */
  previous: Speaker | null;
  /** that speaker addressed a third person ("told him to …"), so "he" next is probably that person */
  addressedOther: boolean;
  /** the person the narration last named as its subject ("Mirzat was a driving instructor") */
  protagonist: Speaker | null;
  /** the last group, for "Others said" */
  lastGroup: Speaker | null;
  /** a group the reporter interviewed ("spoke to twelve families"), for "Most said" */
  interviewed: Speaker | null;
  /** the previous passage quoted its speaker */
  previousQuoted: boolean;
}

export const emptyMemory = (previous: Speaker | null = null): SpeakerMemory =>
  ({ previous, addressedOther: false, protagonist: null, lastGroup: null, interviewed: null, previousQuoted: false });

const INTERVIEWED = /\b(?:interviewed|spoke to|spoke with|talked to|talked with|surveyed|met with|contacted)\s+((?:[\p{L}\d’'-]+\s+){0,3}?(?:[\p{L}’'-]+s|people|men|women))(?=[\s,.;])/u;

// "the workers we met in the dormitory"
const MET = / (?:we|I|this newspaper|this reporter) (?:met|interviewed|spoke to|spoke with|visited)\b/;
// most passages name no interview: a cheap test first
const MAY_NAME_INTERVIEW = /\b(?:interviewed|spoke|talked|surveyed|met|contacted|approached)\b/;
// "the 19 companies contacted for this article"
const CONTACTED = /\b((?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several) [\p{L}-]+s) (?:contacted|interviewed|approached) (?:for|by)\b/u;

export function interviewedGroup(text: string): Speaker | null {
  if (!MAY_NAME_INTERVIEW.test(text)) return null;
  const found = CONTACTED.exec(text)?.[1] ?? INTERVIEWED.exec(text)?.[1];
  const interviewed = found && !/^(?:for|by|on|in|at|about|with|this|that|the)\b/i.test(found) ? found : undefined;
  const met = MET.exec(text);
  const group = interviewed ?? (met ? /(?:^|\s)([\p{L}-]+s)$/u.exec(wordsBefore(text, met.index + 1, 2).trim())?.[1] : undefined);
  if (!group) return null;
  const role = roleOfDescription(group);
  return role !== undefined ? { name: group, role } : null;
}

export function findSpeaker(text: string, registry: SpeakerRegistry = new Map(), previous: Speaker | null = null, memory: SpeakerMemory = emptyMemory(previous)): Speaker | null {
  const attributions = extractAttributions(text, registry);
  // an account in the first person, unquoted, is the narrator's, whoever it reports ("The teachers said we were students")
  if (/\b(I|my|me)\b/.test(text) && !/[“”"]/.test(text)) return { name: null, role: "witness" };
  const context = { ...memory, interviewed: interviewedGroup(text) ?? memory.interviewed };
  // main clauses first: "A year after the UN office said …, families abroad say" is the families' passage
  // main clauses first; a relative clause's speaker ("which officials describe as schools") is never the passage's
  const ordered = [...attributions.filter((a) => !a.subordinate), ...attributions.filter((a) => a.subordinate === "time")];
  for (const a of ordered) {
    const earlier = attributions.filter((e) => e.at < a.at);
    const narrated = a.reference === "he" || a.reference === "she" ? narratedPerson(text.slice(0, a.at), registry) : null;
    // for "it", "they" and "Some": the subject of a sentence before, in this passage ("Many in the community remain …")
    const own = () => sentenceSpeaker(text, a.at, registry) ?? previousSentenceSpeaker(text, a.at, registry);
    const speaker = resolve(a, earlier, { ...context, narrated, own });
    if (speaker) return speaker;
  }
  const trimmed = text.trim();
  if (!attributions.length && memory.previous && memory.previousQuoted && /^[“"]/.test(trimmed) && /[”"]$/.test(trimmed)) return memory.previous;
  return null;
}

// "Parhat was a music teacher", "Abdurahman keeps a folder": the person a narrative sentence is about.
const NARRATED = /(?:^|[.!?]\s+|,\s+)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?:,\s+\d{1,3},)?\s+(?:was|is|has|had|now|took|went|spent|worked|works|lives|lived|keeps|kept|runs|ran|left|returned|still|no longer|did not|does not|asked)\b/gu;

/** The last person the narration (outside quotations) names as a sentence's subject, with their role. */
export function narratedPerson(text: string, registry: SpeakerRegistry): Speaker | null {
  const narration = text.replace(/[“"][^”"]*[”"]/g, " ");
  const name = [...narration.matchAll(NARRATED)].map((m) => m[1]).filter(isPersonName).at(-1);
  return name ? { name: registry.get(name)?.name ?? name, role: roleFor(name, undefined, registry) } : null;
}

/** The subject of the sentence a pronoun stands in, as a speaker ("The report … lists mosques it says …"). */
function sentenceSpeaker(text: string, at: number, registry: SpeakerRegistry): Speaker | null {
  const subject = sentenceSubject(text.slice(0, at));
  return subject ? speakerOf(subject.name, subject.description, registry) : null;
}

function resolve(a: Attribution, earlier: Attribution[], memory: SpeakerMemory & { narrated?: Speaker | null; own?: () => Speaker | null }): Speaker | null {
  if (!a.pronoun) {
    // "his office", "its spokesperson": the body of the speaker before
    if (a.role === null && /^(?:his|her|its|their) /i.test(a.name) && memory.previous) return { name: a.name, role: memory.previous.role };
    return { name: a.name, role: a.role };
  }
  const named = earlier.filter((e) => !e.pronoun).map((e) => ({ name: e.name, role: e.role })).reverse();
  const previous = memory.previous;
  switch (a.reference) {
    case "he":
    case "she":
      return named.find((s) => kindOf(s.name) === "person") ?? memory.narrated
        ?? (previous && kindOf(previous.name) === "person" && !memory.addressedOther ? previous : memory.protagonist);
    case "they":
      return named.find((s) => kindOf(s.name) !== "person") ?? ofKind(memory.own?.(), (k) => k !== "person") ?? (previous && kindOf(previous.name) !== "person" ? previous : null);
    case "it":
      return named.find((s) => kindOf(s.name) === "organisation") ?? ofKind(memory.own?.(), (k) => k === "organisation") ?? (previous && kindOf(previous.name) === "organisation" ? previous : null);
    case "group":
      return memory.interviewed ?? named.find((s) => kindOf(s.name) === "group") ?? ofKind(memory.own?.(), (k) => k === "group") ?? memory.lastGroup;
    default:
      return null;
  }
}

function ofKind(speaker: Speaker | null | undefined, fits: (kind: ReturnType<typeof kindOf>) => boolean): Speaker | null {
  return speaker && fits(kindOf(speaker.name)) ? speaker : null;
}

/** The subject of the sentence before the one the pronoun stands in, within the passage. */
function previousSentenceSpeaker(text: string, at: number, registry: SpeakerRegistry): Speaker | null {
  const end = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("? ", at), text.lastIndexOf("! ", at));
  if (end <= 0) return null;
  const sentence = text.slice(0, end).split(/[.!?]\s+/).at(-1) ?? "";
  const verb = sentence.split(/\s+/).findIndex((w, i) => i > 0 && /^(?:remain|remains|are|were|is|was|have|has|had|say|says|said)$/.test(w));
  return verb > 0 ? speakerOf(sentence.split(/\s+/).slice(0, verb).join(" "), undefined, registry) : null;
}
