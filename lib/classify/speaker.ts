// Who a passage attributes its words to: "X said", "X told …", "…,” said X", "according to X". Rules, not
// a model: attribution in news prose is formulaic, and a rule can be read and corrected.
// The passage's main speaker is the first speaker it attributes words or a claim to, in reading order
// (data/evaluation/README.md); pronouns and bare quantifiers are resolved from the article (articleSpeakers.ts).
import { ORGANISATION_NAME, roleOfDescription, roleOfOrganisation } from "./speakerDescription";
import { BARE_QUANTIFIER, canSpeak, citableName, headOf, isOrganisationName, isPersonName, NAME, PRONOUN } from "./speakerPhrase";
import type { SpeakerRole } from "./speakerRoles";
import { titlesThenNames } from "./titleThenName";

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
const INVERTED = /(?:[”"]\s*,?|,)\s*(said|says|added|recalled|recalls|asked|wrote|shouted|insisted|explained|continued|replied|countered)\s+((?:the |a |an |his |her |their |one |(?:Mr|Ms|Mrs|Dr)\. )?[^,.;:“”"]{2,80})(?:,\s+([^.;:“”"]{2,120}))?/gi;
const ACCORDING = /\baccording to\s+([^,.;:“”"]{2,100})/gi;
// "a report released on Wednesday by …": when, not who
const TEMPORAL = /\s(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year)|this (?:week|month|year)|earlier this (?:week|month|year))\b/gi;
const NAME_AFTER_COMMA = /^,\s+((?:(?:Mr|Ms|Mrs|Dr)\. )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})(?=[,.;]|$)/u;
const AUX = /^(is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall|comes|came|and|but|while|as|because|when|after|before|there|if|than|also|then|later|previously|repeatedly|again|further|once|never|not|recently|publicly|privately|reportedly)$/i;
const SKIPPED_BEFORE_VERB = /^(also|later|previously|repeatedly|again|further|then|once|recently|publicly|privately|reportedly|have|has|had|separately|subsequently|earlier|himself|herself|themselves|both|all|still|now|often|once|had|simply)$/i;
const PREPOSITION_START = /^(in|on|at|during|after|before|of|for|with|by|from|to|over|under|amid|since|until|into|about|against)\b/i;
const PREPOSITION = /^(in|on|at|during|after|before|of|for|with|by|from|to|over|under|amid|since|until|into|about|against|through|between|among|like|despite)$/i;
// A subject does not end in a preposition or an article: "questioned officials about reports that …".
const DANGLING_END = /\b(?:about|of|for|with|to|from|the|a|an|on|in|at|by|and|or|than|amid|despite|such|these|those|its|their|his|her|over|into|after|before|against|following|under)$/i;
const RELATIVE = /^(who|whom|whose|which|that)$/i;
const ABBREVIATION = /^(?:Mr|Ms|Mrs|Dr|Prof|St)\.$/;
// Comma-enclosed parts that are not the subject: "Her brother, who lives in Kazakhstan, said", "Qurban, 67, …".
const ASIDE = /^(?:who|whom|whose|which|now|speaking|aged\s+\d|\d{1,3}$|[a-z]+ed\b|[a-z]+ing\b|not\b|like\b|too$|however$|though$|in turn$)/i;
const TRAILER = /\s+(?:in|at|on|during|to|after|before|who|whom|whose|which|that|as|when|while|speaking|adding|involved|by phone)\b.*$/i;

// labelArticle asks twice for each passage, for its speaker and for its voice features, with the same registry:
// the last answer is kept, keyed on the text, the registry and how many times that registry has been written.
const versions = new WeakMap<SpeakerRegistry, number>();
let last: { text: string; registry: SpeakerRegistry; version: number; found: Attribution[] } | null = null;

/** Writes a registry entry, so that a kept answer read with the registry's older contents is not reused. */
export function setEntry(registry: SpeakerRegistry, key: string, speaker: Speaker): void {
  registry.set(key, speaker);
  versions.set(registry, (versions.get(registry) ?? 0) + 1);
}

/** Every attribution in the passage, in reading order. */
export function extractAttributions(text: string, registry: SpeakerRegistry = new Map()): Attribution[] {
  const version = versions.get(registry) ?? 0;
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
    const before = text.slice(0, m.index);
    const subject = PARTICIPLE.test(m[0]) ? sentenceSubject(before) : subjectBefore(before);
    const a = subject && make(subject.name, subject.description, m[0].toLowerCase(), m.index ?? 0, registry);
    const opener = before.slice(0, before.lastIndexOf(subject?.name ?? "")).trimEnd().split(/\s+/).at(-1) ?? "";
    if (a) found.push(SUBORDINATE.test(opener) ? { ...a, subordinate: /^which$/i.test(opener) ? "relative" : "time" } : a);
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Where the quotations are: “…” pairs, and "…" pairs of straight quotes. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]*”|"[^"]*"/g)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length - 1]);
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
  const role = roleFor(name, description, registry);
  if (!canSpeak(name, role !== null || description !== undefined)) return null;
  return { name, role, verb, at, pronoun: false };
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

/**
 * The noun phrase right before a reporting verb, with the description beside it: "Lu Kang, said",
 * "Zakir, Chairman of …, made comments", "Qurban, 67, a retired herder, said", "farmers who said".
 */
function subjectBefore(before: string): { name: string; description?: string } | null {
  const rest = before.trimEnd();
  if (!rest.endsWith(",")) {
    const name = lastWords(rest);
    return name ? { name } : null;
  }
  const segments = rest.slice(0, -1).split(",");
  const kept: string[] = [];
  for (let i = segments.length - 1; i >= 0 && kept.length < 2 && segments.length - i <= 5; i--) {
    const segment = segments[i].trim();
    // "Tursun, 31, from Kashgar prefecture, told": ages, origins and clauses between the subject and its verb
    if (ASIDE.test(segment) || (i > 0 && PREPOSITION_START.test(segment))) continue;
    // "a Uyghur who has lived in Sweden since 2012": a description is the whole segment
    const words = kept.length && /^(?:a|an|the|one|his|her|their|its)\s/i.test(segment) ? segment : lastWords(segment);
    if (!words || /[”"]$/.test(segment)) break;
    kept.unshift(words);
    // a segment that held more than a noun phrase starts the sentence's subject
    if (!segment.replace(/^[“"(]/, "").startsWith(words)) break;
  }
  if (!kept.length) return null;
  const person = kept.find((k) => isPersonName(k));
  if (person) return { name: person, description: kept.find((k) => k !== person) };
  // "The factory's owner, Hexin Textiles": the body speaks; "A spokesperson for …, Digital Evidence Lab": a person for it
  const body = kept.find((k) => isOrganisationName(k));
  const other = kept.find((k) => k !== body);
  if (body) return other && PERSON_TITLE.test(headOf(other)) ? { name: other, description: body } : { name: body, description: other };
  // "One of them, a correspondent for …": the description names them better than the pronoun
  if (kept.length === 2 && /^(?:one|another|some|several|two)(?: of (?:them|those|these)\b.*)?$/i.test(kept[0])) return { name: kept[1] };
  return { name: kept[0], description: kept[1] };
}

const PERSON_TITLE = /^(?:spokes\w+|director|head|chief|chair\w*|member|representative|official|researcher|lawyer|founder|president|secretary|analyst|editor)s?$/i;
const LEADING_TIME = /^(?:(?:one|that|the next|the following|last|this|every|each|later that|early one|late one) (?:morning|afternoon|evening|night|day|week|month|year|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on|in|at|during|since|by) (?:the )?(?:(?:early |late )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)|\d{4}|(?:[a-z]+ )?\d{1,2}(?: [a-z]+)?))\s+(?=\S)/i;
// "Satellite imagery analysed by the Open Ledger Project shows": the ones who did the analysis speak
const ANALYSED_BY = /^.{1,80}? (?:analy[sz]ed|compiled|collected|gathered|reviewed|studied|examined) by (?=\S)/;
const SUBORDINATE = /^(?:after|before|since|until|when|although|though|because|while|once|if|as|which)$/i;
const SENTENCE_VERB = /^(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|can|could|did|does|issued|held|made|gave|took|began|ended|met|sent|wrote|spoke|led|left|went|came|brought|kept|told|said|says|ran|put|set|read|broadcast|released|published)$/;

/** The subject of the sentence the text ends in: its words up to the first verb ("The UN rights chief ended …"). */
function sentenceSubject(before: string): { name: string; description?: string } | null {
  const sentence = before.split(/[.!?]\s+|\s[—–]\s|[“”"]/).at(-1) ?? "";
  const words = sentence.trim().split(/\s+/);
  const verb = words.findIndex((w, i) => i > 0 && SENTENCE_VERB.test(w));
  if (verb <= 0 || verb > 10) return null;
  const parts = words.slice(0, verb).join(" ").replace(/,$/, "").split(/,\s*/);
  // "At the council in Geneva, a group of 51 countries led by Canada delivered …"
  if (parts.length > 1 && PREPOSITION_START.test(parts[0])) parts.shift();
  const [name, description, ...more] = parts;
  // "The Tianshan Evening News, the regional party newspaper, ran …"
  return more.length || /[;:]/.test(name) ? null : { name, description };
}

function lastWords(segment: string, stopAtPreposition = false): string | null {
  const words = segment.split(/\s+/).filter(Boolean);
  // "A farmer whose son had been detained said", "Researchers who track records say": the noun the relative
  // clause hangs on, looked for before anything else so that the clause's own verbs do not end the phrase
  const relative = relativeBefore(words);
  if (relative >= 0) {
    const head = lastWords(words.slice(0, relative).join(" "), relative === words.length - 1);
    // "those who were released": the clause is what says who they are
    const whole = head && /^(?:those|people|anyone|someone)$/i.test(head) ? `${head} ${words.slice(relative).join(" ")}` : null;
    if (whole && roleOfDescription(whole) !== undefined) return whole;
    if (head && !whole && canSpeak(citableName(head), roleOfDescription(head) !== undefined)) return head;
  }
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0 && taken.length < 10; i--) {
    const w = words[i];
    // "the ministry also said", "detainees have told": skip what sits between subject and verb
    if (!taken.length && (SKIPPED_BEFORE_VERB.test(w) || /^[a-z]{4,}ly$/.test(w))) continue;
    if (PRONOUN.test(w) && !taken.length) {
      // "that signed it said": "it" is an object there, not the subject
      const before = words[i - 1] ?? "";
      if (!/(?:ed|ing)$/i.test(before) && !PREPOSITION.test(before)) return w;
    }
    // "Human rights lawyers and the UN office said": the first named
    if (/^and$/i.test(w) && taken.length) {
      const first = lastWords(words.slice(0, i).join(" "));
      if (first && (roleOfDescription(first) || isPersonName(first))) return first;
    }
    // "obtained a confidentiality agreement which urges": the noun phrase, not the clause it ends
    if (RELATIVE.test(w) || (stopAtPreposition && (PREPOSITION.test(w) || /^[a-z]{3,}ed$/.test(w)))) break;
    if (/[,;:“”"(]$/.test(w) || (/[.!?]$/.test(w) && !ABBREVIATION.test(w)) || AUX.test(w) || /^[—–]$/.test(w)) break;
    taken.unshift(w.replace(/^[“"(]/, ""));
    if (/^[“"(]/.test(w)) break;
  }
  // "One morning the village head told him": when, not who; "foreshadowed by media reports that": the agent
  const phrase = taken.join(" ").replace(LEADING_TIME, "").replace(/^[a-z]+ed by /, "").replace(ANALYSED_BY, "").trim();
  if (phrase.length < 2 || PREPOSITION_START.test(phrase) || (taken.length > 1 && DANGLING_END.test(phrase))) return null;
  if (/-$/.test(phrase)) return null;
  return phrase;
}

/** The nearest relative pronoun before the verb within the same clause (no punctuation between), or -1. */
function relativeBefore(words: string[]): number {
  for (let i = words.length - 1; i >= 1 && words.length - i <= 15; i--) {
    if (/[,;:.!?“”"]$/.test(words[i])) return -1;
    if (RELATIVE.test(words[i])) return /[,;:.!?“”"]$/.test(words[i - 1]) ? -1 : i;
  }
  return -1;
}

const TITLE_THEN_NAME = /\b(spokes(?:man|woman|person)|minister|ambassador|chairman|chairwoman|director|governor|secretary|researcher|professor|lawyer|Senator|Ambassador|Minister|Governor|Mayor|Professor|Judge|Commissioner|Congressman|Congresswoman) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})/gu;
const BODY = /\b(?:committee|council|panel|office|mission|delegation|agency|network|embassy|ministry|project|institute|foundation|tribunal|lab|group)\b/gi;

/** Up to `n` words (each followed by one space) that end right at `at`: looked for in a short window, not the text. */
export function wordsBefore(text: string, at: number, n: number): string {
  const window = text.slice(Math.max(0, at - 24 * n), at);
  return new RegExp(`(?:^|[^\\p{L}’'.-])((?:[\\p{L}’'.-]+ ){0,${n}})$`, "u").exec(window)?.[1] ?? "";
}

/** Remembers "Name, title …,", "title …, Name," and "the regional spokesman Xu Hao" introductions. */
export function rememberSpeakers(text: string, registry: SpeakerRegistry): void {
  const introductions = [
    ...[...text.matchAll(/(?:^|[.;:]\s+|[”"]\s+|\b[a-z]+\s+)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}),\s+([^,]{3,90}?)(?=,)/gu)].map((m) => ({ name: m[1], title: m[2] })),
    ...titlesThenNames(text),
    // "the regional spokesman Xu Hao", "Senator Joan Whitfield"
    ...[...text.matchAll(TITLE_THEN_NAME)].map((m) => ({ name: m[2], title: `${wordsBefore(text, m.index ?? 0, 3)}${m[1]}` })),
  ];
  // "a United Nations committee", "the UN human rights office": bodies the narration names, for "the committee said"
  for (const m of text.matchAll(BODY)) {
    const before = wordsBefore(text, m.index ?? 0, 4);
    if (!before) continue;
    const phrase = before + m[0];
    const body = ORGANISATION_NAME.exec(phrase);
    const role = body ? roleOfOrganisation(body[0]) : roleOfDescription(phrase);
    if (role && !registry.has(m[0].toLowerCase())) setEntry(registry, m[0].toLowerCase(), { name: phrase, role });
  }
  for (const { name, title } of introductions) {
    const role = roleOfDescription(title);
    if (role === undefined) continue;
    if (isPersonName(name)) for (const key of [name, ...name.split(" ")]) if (!registry.has(key) && key.length > 1) setEntry(registry, key, { name, role });
    if (isOrganisationName(name)) {
      remember({ name, role }, registry, headOf(title.replace(/\s+(?:that|which|who)\s.*$/, "")));
      remember({ name, role }, registry, headOf(name));
    }
  }
}

/** Keeps a speaker found in the article, so that "Zakir said" and "the group said" later keep the role. */
export function remember(speaker: Speaker, registry: SpeakerRegistry, head = speaker.name ? headOf(speaker.name) : ""): void {
  if (!speaker.name || !speaker.role) return;
  if (isPersonName(speaker.name)) {
    for (const key of [speaker.name, ...speaker.name.split(" ")]) if (!registry.has(key) && key.length > 1) setEntry(registry, key, speaker);
  } else if (head.length > 2 && !registry.has(head)) setEntry(registry, head, speaker);
  // "the organisation", "the group", "its coordinator": the last body named
  if (isOrganisationName(speaker.name)) for (const generic of ["organisation", "organization", "group"]) setEntry(registry, generic, speaker);
}

export { findSpeaker } from "./mainSpeaker";
