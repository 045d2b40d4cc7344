// The noun phrase a reporting verb attaches to, found by walking back from the verb: "Lu Kang said",
// "Qurban, 67, a retired herder, said", "Researchers who track official records say", "farmers who said",
// ", saying" (the sentence's subject). Pure string work; speaker.ts decides what the phrase names.
import { roleOfDescription } from "./speakerDescription";
import { canSpeak, citableName, headOf, isOrganisationName, isPersonName, PRONOUN } from "./speakerPhrase";

export const AUX = /^(is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall|comes|came|and|but|while|as|because|when|after|before|there|if|than|also|then|later|previously|repeatedly|again|further|once|never|not|recently|publicly|privately|reportedly)$/i;
const SKIPPED_BEFORE_VERB = /^(also|later|previously|repeatedly|again|further|then|once|recently|publicly|privately|reportedly|have|has|had|separately|subsequently|earlier|himself|herself|themselves|both|all|still|now|often|once|had|simply)$/i;
export const PREPOSITION_START = /^(in|on|at|during|after|before|of|for|with|by|from|to|over|under|amid|since|until|into|about|against)\b/i;
const PREPOSITION = /^(in|on|at|during|after|before|of|for|with|by|from|to|over|under|amid|since|until|into|about|against|through|between|among|like|despite)$/i;
// A subject does not end in a preposition or an article: "questioned officials about reports that …".
const DANGLING_END = /\b(?:about|of|for|with|to|from|the|a|an|on|in|at|by|and|or|than|amid|despite|such|these|those|its|their|his|her|over|into|after|before|against|following|under)$/i;
const RELATIVE = /^(who|whom|whose|which|that)$/i;
const ABBREVIATION = /^(?:Mr|Ms|Mrs|Dr|Prof|St)\.$/;
// Comma-enclosed parts that are not the subject: "Her brother, who lives in Kazakhstan, said", "Qurban, 67, …".
const ASIDE = /^(?:who|whom|whose|which|now|speaking|aged\s+\d|\d{1,3}$|[a-z]+ed\b|[a-z]+ing\b|not\b|like\b|too$|however$|though$|in turn$)/i;
/**
 * The noun phrase right before a reporting verb, with the description beside it: "Lu Kang, said",
 * "Zakir, Chairman of …, made comments", "Qurban, 67, a retired herder, said", "farmers who said".
 */
export function subjectBefore(before: string): { name: string; description?: string } | null {
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
  if (kept.length === 2 && /^(?:one|another|some|several|two|the first|the second|the other|the latter|the former)(?: of (?:them|those|these|the)\b.*)?$/i.test(kept[0])) return { name: kept[1] };
  return { name: kept[0], description: kept[1] };
}

const PERSON_TITLE = /^(?:spokes\w+|director|head|chief|chair\w*|member|representative|official|researcher|lawyer|founder|president|secretary|analyst|editor)s?$/i;
const LEADING_TIME = /^(?:(?:one|that|the next|the following|last|this|every|each|later that|early one|late one) (?:morning|afternoon|evening|night|day|week|month|year|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on|in|at|during|since|by) (?:the )?(?:(?:early |late )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)|\d{4}|(?:[a-z]+ )?\d{1,2}(?: [a-z]+)?))\s+(?=\S)/i;
// "Satellite imagery analysed by the Open Ledger Project shows": the ones who did the analysis speak
const ANALYSED_BY = /^.{1,80}? (?:analy[sz]ed|compiled|collected|gathered|reviewed|studied|examined) by (?=\S)/;
// punctuation inside a closing single quotation mark: "centres.’", "'lies,'" (an apostrophe alone ends no clause)
const CLOSED_SINGLE_QUOTE = /[.!?,;:][’']$/;
export const SUBORDINATE = /^(?:after|before|since|until|when|although|though|because|while|once|if|as|which)$/i;
const SENTENCE_VERB = /^(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|can|could|did|does|issued|held|made|gave|took|began|ended|met|sent|wrote|spoke|led|left|went|came|brought|kept|told|said|says|ran|put|set|read|broadcast|released|published)$/;

/** The subject of the sentence the text ends in: its words up to the first verb ("The UN rights chief ended …"). */
export function sentenceSubject(before: string): { name: string; description?: string } | null {
  const sentence = before.split(/[.!?][’']?\s+|\s[—–]\s|[“”"]/).at(-1) ?? "";
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
    // a quotation closed with single marks ends its sentence too: "as ‘vocational centres.’ Amnesty said"
    if (/[,;:“”"(]$/.test(w) || CLOSED_SINGLE_QUOTE.test(w) || (/[.!?]$/.test(w) && !ABBREVIATION.test(w)) || AUX.test(w) || /^[—–]$/.test(w)) break;
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
    if (/[,;:.!?“”"]$/.test(words[i]) || CLOSED_SINGLE_QUOTE.test(words[i])) return -1;
    if (RELATIVE.test(words[i])) return /[,;:.!?“”"]$/.test(words[i - 1]) || CLOSED_SINGLE_QUOTE.test(words[i - 1]) ? -1 : i;
  }
  return -1;
}
