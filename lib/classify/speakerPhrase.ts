// What a noun phrase before or after a reporting verb says about its speaker: a person's name, an
// organisation's, a group ("researchers"), a pronoun or a bare quantifier ("Most said") that stands for
// someone named elsewhere. Sentence-initial capitals are not names: "Most", "Several", "Those" are not people.

import { countryCode } from "./countryNames";

export const DOCUMENT = /^(?:cop(?:y|ies)|documents?|reports?|files?|letters?|recordings?|videos?|statements?|analys[ie]s|data|notices?|lists?|database|imagery|images?|records?|guidance|guidelines|papers?|transcripts?)$/i;

/** A capitalised phrase of one to four words, with an optional courtesy title. */
export const NAME = /^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}$/u;
// Words written with a capital only because a sentence starts with them.
const NOT_A_NAME = /^(?:most|many|several|some|others?|few|all|both|none|nobody|no|those|these|this|that|they|such|anyone|everyone|someone|another|one|each|every|neither|either|asked|instead|however|but|and|yet|still|later|earlier|then|now|here|there|today|yesterday|last|in|on|at|for|after|before|when|while|if|although|since|under|over|according|meanwhile|separately|also|even|only|once|the|a|an|his|her|its|their|our|my|it|he|she|we|i|you|officials|researchers|critics|diplomats|analysts|experts|relatives|families|workers|residents|police|authorities|activists|journalists|reporters|lawmakers|governments|scholars|academics|witnesses|survivors|detainees|trainees)$/i;
// Proper names of bodies, not people: "Human Rights Watch", "Rights Monitor Asia", "Hexin Textiles".
const ORGANISATION_WORD = /\b(?:Watch|International|Asia|Institute|Ministry|Office|Council|Committee|University|Group|Monitor|Agency|Daily|Times|News|Radio|Wire|Review|Post|Dispatch|Foundation|Centre|Center|Project|Network|Coalition|Association|Union|Congress|Party|Government|Mission|Embassy|Ledger|Textiles|Company|Corporation|Bureau|Court|Department|Parliament|Commission|Xinhua|Television|Nations|Congress|Initiative|Trust|Society|Federation|Alliance|Forum|Press|Journal|Tribune|Herald|Lab|Research|Tribunal|Collective|Campaign|Partnership|Fund|Party)\b/;
export const PRONOUN = /^(he|she|they|we|i|it)$/i;
/** "Most said", "Several described": a quantifier standing for a group named elsewhere. */
export const BARE_QUANTIFIER = /^(most|many|several|some|others|few|all|both|none|the rest|two|three|four|five|six|seven|eight|nine|ten)$/i;
const QUANTIFIER_OF = /^(?:(?:most|many|some|several|all|both|few|none|each|one|two|three|four|five|half|a few|a majority|the majority) of (?:the |these |those |its |their )?|(?:dozens|hundreds|thousands|scores|a (?:group|number|handful|coalition)) of )/i;
// Heads that stand for a speaker even with no role ("a source said", "the statement said", "auditors said").
const SPEAKER_HEAD = /^(?:sources?|persons?|people|spokes\w+|compan(?:y|ies)|firms?|groups?|organi[sz]ers?|statements?|reports?|letters?|papers?|analys[ie]s|cop(?:y|ies)|documents?|recordings?|videos?|editorials?|stud(?:y|ies)|surveys?|guidance|guidelines|notices?|verdicts?|websites?|accounts?|offices?|departments?|committees?|bod(?:y|ies)|panels?|councils?|boards?|agenc(?:y|ies)|teams?|organi[sz]ations?|owners?|others|someone|one|man|woman|broadcasters?|newspapers?|database|list|network|project|records|files|data|imagery|images|associations?|authors?)$/i;
const ORGANISATION_HEAD = /^(?:ministry|mission|embassy|consulate|government|office|department|bureau|committee|council|agency|group|organi[sz]ation|network|project|institute|broadcaster|newspaper|paper|report|statement|letter|database|company|firm|court|commission|panel|body|team|delegation|administration|authority|police|department|analysis|video|recording|guidance|editorial|white paper)$/i;

export type SpeakerKind = "person" | "group" | "organisation";

export function isPersonName(name: string): boolean {
  if (!NAME.test(name) || ORGANISATION_WORD.test(name) || countryCode(name)) return false;
  // "Auditors", "Trainees": a capitalised common noun at the start of a sentence
  if (!name.includes(" ") && /(?:ers|ors|ists|ants|ians|ees|ies|ives|ents|als)$/.test(name)) return false;
  return !NOT_A_NAME.test(name.split(" ")[0].replace(/[.,]$/, ""));
}

export function isOrganisationName(name: string): boolean {
  const first = name.split(" ")[0];
  return NAME.test(name) && ORGANISATION_WORD.test(name) && (/^the$/i.test(first) || !NOT_A_NAME.test(first));
}

/** The head noun: the last word before any "of/for/at/in/…" ("the head of the delegation" → "head"). */
export function headOf(phrase: string): string {
  const core = phrase.split(/\s+(?:of|for|at|in|from|with|to|on|by|who|whom|whose|which|that|familiar|close|involved|responsible|based|living|working|representing|seen|obtained|published|issued|released|leaked|[a-z]+ed(?= by\b))(?:\s+|$)/i)[0];
  return (core.split(/\s+/).at(-1) ?? "").replace(/[’']s$/, "").replace(/[^\p{L}-]/gu, "").toLowerCase();
}

export function kindOf(name: string | null): SpeakerKind {
  if (name === null) return "person";
  if (isPersonName(name)) return "person";
  if (isOrganisationName(name) || countryCode(name)) return "organisation";
  const head = headOf(name);
  if (ORGANISATION_HEAD.test(head)) return "organisation";
  if (/(?:s|men|people|children)$/i.test(head) && !/(?:ss|us|is)$/i.test(head)) return "group";
  if (/\band\b/i.test(name) || /^(?:many|most|some|several|few|all) (?:in|of|among)\b/i.test(name)) return "group";
  return "person";
}

/** A phrase that can be a speaker at all: a name, a role, or a head such as "source", "statement", "auditors". */
export function canSpeak(name: string, hasRole: boolean): boolean {
  if (hasRole || isPersonName(name) || isOrganisationName(name)) return true;
  const head = headOf(name);
  return SPEAKER_HEAD.test(head) || /^[a-z-]{3,}(?:ers|ors|ists|ants|ians|ents)$/i.test(head);
}

/**
 * The speaker's name as a reader would cite it: "Most of the 43 countries that signed it" → "the 43 countries",
 * "Researchers who track official records" → "Researchers". A relative clause stays when the head alone says
 * nothing ("those who were released").
 */
export function citableName(phrase: string): string {
  let name = phrase.replace(/\s+/g, " ").trim().replace(QUANTIFIER_OF, "");
  const clause = /\s(?:who|whom|whose|which|that)\s/i.exec(name);
  if (clause && !/^(?:those|people|anyone|someone|one|some|many|others)$/i.test(name.slice(0, clause.index))) name = name.slice(0, clause.index);
  // "Visitors interviewed by this newspaper": how the reporter reached them, not who they are
  // (a document keeps it: "a copy obtained by the Harbour Ledger" is not any copy)
  if (!DOCUMENT.test(headOf(name))) name = name.replace(/\s[a-z]+ed by\s.*$/, "");
  return name.trim();
}
