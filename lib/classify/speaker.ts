// Who a passage attributes its words to: "X said", "X told …", "…,” said X", "according to X". Rules, not
// a model: attribution in news prose is formulaic, and a rule can be read and corrected.
// The passage's main speaker is the first speaker it attributes words or a claim to, in reading order
// (data/evaluation/README.md); pronouns and bare quantifiers are resolved from the article (articleSpeakers.ts).
import { roleOfCountry } from "./countryNames";
import { roleOfDescription } from "./speakerDescription";
import { BARE_QUANTIFIER, DOCUMENT, canSpeak, citableName, headOf, isOrganisationName, isPersonName, NAME, PRONOUN } from "./speakerPhrase";
import type { SpeakerRole } from "./speakerRoles";
import { registryVersion } from "./speakerRegistry";
import { AUX, PREPOSITION_START, sentenceSubject, subjectBefore, SUBORDINATE } from "./speakerSubject";

export type Reference = "he" | "she" | "they" | "it" | "we" | "i" | "group";

export interface Attribution {
  /** the speaker as the text names them ("a foreign ministry spokesperson", "Lu Kang") */
  name: string;
  role: SpeakerRole | null;
  verb: string;
  /** character offset of the attribution in the passage */
  at: number;
  /** he/she/they/it, or a bare "Most"/"Several": who it is depends on what came before (articleSpeakers.ts) */
  pronoun: boolean;
  reference?: Reference;
  /** in a clause that only sets the time or reason ("A year after the UN office said …, families say"), or
   * describes something else ("camps, which officials describe as schools") */
  subordinate?: "time" | "relative";
}

export interface Speaker { name: string | null; role: SpeakerRole | null }

/** Speakers introduced earlier in the article: by each word of a person's name, and by the head noun of a
 * description ("the group", "the broadcaster"), with the full name and role. */
export type SpeakerRegistry = Map<string, Speaker>;

export const REPORTING_VERBS = "said|says|say|told|tells|stated|added|adds|insisted|insists|maintained|maintains|maintain|denied|denies|deny|claimed|argued|argue|warned|warns|warn|wrote|writes|noted|recalled|recalls|remembered|remembers|described|describes|urged|urges|announced|announces|reported|declared|declares|asserted|asserts|explained|explains|condemned|condemns|accused|accuses|rejected|rejects|dismissed|dismisses|criticised|criticized|recounted|recounts|shared|testified|confirmed|confirms|acknowledged|concluded|documented|alleged|alleges|stressed|emphasised|emphasized|estimated|countered|replied|responded|describe|shouted|tweeted|made (?:similar |the |these |those )?(?:comments|remarks)";
// Plural nouns that double as verbs ("worrying reports", "African states") count only before "that" or a quote.
const NOUN_LIKE_VERBS = "reports|claims|notes|calls|called|states|argues|believes|estimates|welcomed|finds|shows|showed";

// ", saying …", "issued a response rejecting …": the participle's speaker is the sentence's subject.
const PARTICIPLES = "saying|rejecting|denying|dismissing|accusing|condemning|insisting|claiming|describing|calling";
const PARTICIPLE = new RegExp(`^(?:${PARTICIPLES})$`, "i");
// not the "called" of "so-called"
const VERB = new RegExp(`(?<!-)\\b(?:(${REPORTING_VERBS}|${PARTICIPLES})|(${NOUN_LIKE_VERBS})(?= that\\b|[,:]? [“"]| (?:on|for)\\b| (?:the|it|this|them|him|her)\\b[^.“”"]{0,60}[“"]|(?= the (?:report|move|decision|findings|sanctions|assessment))))\\b`, "gi");
// "…,” said a lawyer for …", "…, recalled Gulnar Ismail, a former detainee": the speaker after the verb,
// with the appositive that says who they are.
const INVERTED = /(?:[”"](?:\s*,)?|,)\s*(said|says|added|recalled|recalls|asked|wrote|shouted|insisted|explained|continued|replied|countered)\s+((?:the |a |an |his |her |their |one |(?:Mr|Ms|Mrs|Dr)\. )?[^,.;:“”"]{2,80})(?:,\s+([^.;:“”"]{2,120}))?/gi;
const ACCORDING = /\baccording to\s+([^,.;:“”"]{2,100})/gi;
// "a report released on Wednesday by …": when, not who
const TEMPORAL = /\s(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year)|this (?:week|month|year)|earlier this (?:week|month|year))\b/gi;
const NAME_AFTER_COMMA = /^,\s+((?:(?:Mr|Ms|Mrs|Dr)\. )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})(?=[,.;]|$)/u;
const TRAILER = /\s+(?:in|at|on|during|to|after|before|who|whom|whose|which|that|as|when|while|speaking|adding|involved|by phone)\b.*$/i;

// labelArticle asks twice for each passage, for its speaker and for its voice features, with the same registry:
// the last answer is kept, keyed on the text, the registry and how many times that registry has been written.
let last: { text: string; registry: SpeakerRegistry; version: number; found: Attribution[] } | null = null;

const SUBJECT_WINDOW = 500;

/** Every attribution in the passage, in reading order. */
export function extractAttributions(text: string, registry: SpeakerRegistry = new Map()): Attribution[] {
  const version = registryVersion(registry);
  if (last && last.text === text && last.registry === registry && last.version === version) return last.found;
  const found = findAttributions(text, registry);
  last = { text, registry, version, found };
  return found;
}

function findAttributions(text: string, registry: SpeakerRegistry): Attribution[] {
  const found: Attribution[] = [];
  // "“The last thing my mother said was …,” he says": a verb inside a quotation attributes nothing
  const quoted = quotedSpans(text);
  const inQuote = (at: number) => quoted.some(([from, to]) => at > from && at < to);
  for (const m of text.matchAll(ACCORDING)) {
    if (inQuote(m.index ?? 0)) continue;
    const phrase = m[1].replace(TEMPORAL, "").replace(/\s+(?:in|on|at|during|who|which|that)\b.*$/i, "").trim();
    const named = NAME_AFTER_COMMA.exec(text.slice(m.index + m[0].length));
    const a = named && isPersonName(named[1]) ? make(named[1], phrase, "according to", m.index ?? 0, registry) : make(phrase, undefined, "according to", m.index ?? 0, registry);
    if (a) found.push(a);
  }
  for (const m of text.matchAll(INVERTED)) {
    const a = inverted(m, registry);
    if (a) found.push(a);
  }
  for (const m of text.matchAll(VERB)) {
    if (found.some((a) => Math.abs(a.at - (m.index ?? 0)) < 4) || inQuote(m.index ?? 0)) continue;
    // the subject is within a sentence or two of its verb: looking further back only made each verb cost the
    // whole text before it (quadratic in a passage of many verbs)
    const before = text.slice(Math.max(0, (m.index ?? 0) - SUBJECT_WINDOW), m.index);
    const subject = PARTICIPLE.test(m[0]) ? sentenceSubject(before) : subjectBefore(before);
    const a = subject && make(subject.name, subject.description, m[0].toLowerCase(), m.index ?? 0, registry);
    const opener = before.slice(0, before.lastIndexOf(subject?.name ?? "")).trimEnd().split(/\s+/).at(-1) ?? "";
    if (a) found.push(SUBORDINATE.test(opener) ? { ...a, subordinate: /^which$/i.test(opener) ? "relative" : "time" } : a);
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Where the quotations are: “…” pairs, and "…" pairs of straight quotes (what /“[^”]*”|"[^"]*"/g finds), in one
 * pass: once no closing mark of a kind is left, no later opening mark of that kind is looked up again (the
 * expression tried each one against the rest of the text: quadratic in a run of unclosed quotes).
 */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const closes: Record<string, string> = { "“": "”", '"': '"' };
  const unclosed = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const close = closes[text[i]];
    if (!close || unclosed.has(text[i])) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) unclosed.add(text[i]);
    else {
      spans.push([i, end]);
      i = end;
    }
  }
  return spans;
}

/** "…,” said X", "…,” said X of Organisation", "…,” said one of the lawyers, Name". */
function inverted(m: RegExpMatchArray, registry: SpeakerRegistry): Attribution | null {
  const raw = m[2].trim();
  const afterQuote = /[”"]/.test(m[0].slice(0, 3));
  // after a bare comma only a name or a short role phrase counts (", said her mother stopped calling" is none)
  if (!afterQuote && !NAME.test(raw) && !(/^(?:the|a|an|one|his|her|their)\s/i.test(raw) && raw.split(" ").length <= 8 && !/\b[a-z]+(?:ed|ing)\b/.test(raw.replace(/\b(?:based|led|aged)\b/g, "")))) return null;
  const phrase = raw.replace(TRAILER, "").trim();
  if (!phrase || PRONOUN.test(phrase) || PREPOSITION_START.test(phrase) || phrase.split(" ").some((w) => AUX.test(w))) return null;
  const verb = m[1].toLowerCase();
  // "Eleanor Pryce of the University of Westmarch": the person, with the body that says who they are
  const of = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}) (?:of|from|at|with) (.+)$/u.exec(phrase);
  if (of && isPersonName(of[1])) return make(of[1], of[2], verb, m.index ?? 0, registry);
  const apposition = m[3]?.trim();
  if (apposition) {
    const name = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})$/u.exec(apposition.split(",")[0].trim());
    if (name && isPersonName(name[1]) && !isPersonName(phrase)) return make(name[1], phrase, verb, m.index ?? 0, registry);
    // "speaking at a vigil outside the embassy" says where, not who
    if (!/^[a-z]+ing\b/i.test(apposition)) return make(phrase, apposition.split(",")[0], verb, m.index ?? 0, registry);
  }
  return make(phrase, undefined, verb, m.index ?? 0, registry);
}

function make(phrase: string, description: string | undefined, verb: string, at: number, registry: SpeakerRegistry): Attribution | null {
  const raw = phrase.replace(/\s+/g, " ").trim();
  if (raw.length < 2 || /^(?:the|a|an|this|that)$/i.test(raw)) return null;
  if (PRONOUN.test(raw)) return { name: raw, role: null, verb, at, pronoun: true, reference: raw.toLowerCase() as Reference };
  const name = citableName(raw);
  if (BARE_QUANTIFIER.test(name) || /^(?:them|those|us)$/i.test(name) || /^(?:one|another)$/i.test(name)) {
    return /^(?:one|another)$/i.test(name) ? null : { name: name.toLowerCase(), role: null, verb, at, pronoun: true, reference: "group" };
  }
  // "records reviewed by this newspaper": a document's role is its own, not that of who read it (but "a report
  // released by the project" is the project's)
  const reader = /\s(?!(?:released|published|issued|compiled|written|commissioned|produced|prepared) )[a-z]+ed by\s.*$/;
  const role = roleFor(DOCUMENT.test(headOf(name)) ? name.replace(reader, "") : name, description, registry);
  // an industry association is a speaker of no role, not no speaker
  if (!canSpeak(name, role !== null || description !== undefined || roleOfDescription(name) === null)) return null;
  return { name, role, verb, at, pronoun: false };
}

/** The speaker a noun phrase names (a sentence's subject standing for "it" or "they"), or null. */
export function speakerOf(phrase: string, description: string | undefined, registry: SpeakerRegistry): Speaker | null {
  const a = make(phrase, description, "", 0, registry);
  return a && !a.pronoun ? { name: a.name, role: a.role } : null;
}

/** The role of a named speaker: from their description, else what the article said of them, else by kind. */
export function roleFor(name: string, description: string | undefined, registry: SpeakerRegistry): SpeakerRole | null {
  // "The network's director, Aizada Kurmanova": the body the article named before
  const possessive = description && /^(?:the |its |his |her |their )?([\p{L} -]+?)['’]s\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/u.exec(description);
  const ownerRole = possessive ? registry.get(headOf(possessive[1])) : /^(?:its|their)\s/i.test(description ?? "") ? registry.get("organisation") : undefined;
  if (ownerRole) return ownerRole.role;
  const described = description === undefined ? undefined : roleOfDescription(description);
  if (described !== undefined) return described;
  // "A committee member, Ana Lindqvist": the committee the article named before
  const body = description?.split(/\s+/).map((w) => registry.get(w.toLowerCase())).find(Boolean);
  if (body) return body.role;
  const country = roleOfCountry(name);
  if (country) return country;
  if (isPersonName(name)) {
    const known = lookUp(name, registry);
    if (known) return known.role;
    return roleOfDescription(name) ?? "witness";
  }
  if (isOrganisationName(name)) {
    const own = roleOfDescription(name);
    return own !== undefined ? own : lookUp(name, registry)?.role ?? null;
  }
  // "the group", "the broadcaster": the body of that kind the article named before
  if (/^the\s/i.test(name) && name.split(" ").length <= 3) {
    const earlier = registry.get(headOf(name));
    if (earlier) return earlier.role;
  }
  const own = roleOfDescription(name);
  if (own !== undefined) return own;
  // "the group's analysis" speaks for the group
  const owner = /^(.+?)['’]s\s+[\p{L}-]+$/u.exec(name);
  if (owner) return roleFor(owner[1], undefined, registry);
  // "Committee members": a body the article named before
  return registry.get(headOf(name))?.role ?? name.split(/\s+/).map((w) => registry.get(w.toLowerCase())).find(Boolean)?.role ?? null;
}

function lookUp(name: string, registry: SpeakerRegistry): Speaker | undefined {
  return registry.get(name) ?? name.split(/\s+/).map((w) => registry.get(w.replace(/[’']s$/, ""))).find(Boolean);
}

export { remember, rememberSpeakers, setEntry, wordsBefore } from "./speakerRegistry";
export { findSpeaker } from "./mainSpeaker";
