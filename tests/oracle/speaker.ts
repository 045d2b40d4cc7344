// The attribution rules as they were before the per-passage hot path was optimised, verbatim: the oracle
// that lib/classify/speaker.ts is checked against.
import { roleOf, type SpeakerRole } from "../../lib/classify/speakerRoles";

export interface Attribution {
  /** the speaker as the text names them ("a foreign ministry spokesperson", "Lu Kang") */
  name: string;
  role: SpeakerRole | null;
  verb: string;
  /** character offset of the attribution in the passage */
  at: number;
  /** he/she/they/we: who it is depends on the passages before (see findSpeaker) */
  pronoun: boolean;
}

export interface Speaker { name: string | null; role: SpeakerRole | null }

/** Names introduced with a role earlier in the same article ("Shohrat Zakir, Chairman of …"), by surname. */
export type SpeakerRegistry = Map<string, SpeakerRole>;

export const REPORTING_VERBS = "said|says|say|told|tells|stated|added|adds|insisted|insists|maintained|maintains|maintain|denied|denies|deny|claimed|argued|argue|warned|warns|warn|wrote|writes|noted|recalled|recalls|remembered|remembers|described|describes|urged|urges|announced|announces|reported|declared|declares|asserted|asserts|explained|explains|condemned|condemns|accused|accuses|rejected|rejects|dismissed|dismisses|criticised|criticized|recounted|recounts|shared|testified|confirmed|confirms|acknowledged|concluded|documented|alleged|alleges|stressed|emphasised|emphasized|estimated|countered|replied|responded|saying|made (?:similar |the |these |those )?(?:comments|remarks)";
// Plural nouns that double as verbs ("worrying reports", "African states") count only before "that" or a quote.
const NOUN_LIKE_VERBS = "reports|claims|notes|calls|states|argues|believes";

const VERB = new RegExp(`\\b(?:(${REPORTING_VERBS})|(${NOUN_LIKE_VERBS})(?= that\\b|[,:]? [“"]))\\b`, "gi");
// "…,” said a lawyer for …", "…, recalled Gulnar Ismail, a former detainee": the speaker after the verb,
// with the appositive that says who they are.
const INVERTED = /(?:[”"]\s*,?|,)\s*(said|says|told|added|recalled|recalls|asked|wrote)\s+((?:the |a |an |his |her |their )?[^,.;:“”"]{2,80})(?:,\s+((?:a |an |the )[^,.;:“”"]{2,80}))?/gi;
const ACCORDING = /\baccording to\s+([^,.;:“”"]{2,100})/gi;
const PRONOUNS = /^(he|she|they|we|i|it)$/i;
const NAME = /^(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3}$/u;
const AUX = /^(is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall|comes|came|that|which|who|whom|and|but|while|as|because|when|after|before|it|there|if|than|also|then|later|previously|repeatedly|again|further|once|never|not|recently|publicly|privately|reportedly)$/i;
const SKIPPED_BEFORE_VERB = /^(also|later|previously|repeatedly|again|further|then|once|recently|publicly|privately|reportedly|have|has|had|separately|subsequently|earlier|himself|herself|themselves)$/i;
const PREPOSITION_START = /^(in|on|at|during|after|before|of|for|with|by|from|to|over|under|amid|since|until|into|about|against)\b/i;
// The head of an appositive role ("Shohrat Zakir, Chairman of …,", "Emmanuel, a farmer from …").
const TITLE = /\b(spokes(?:man|woman|person)|minister|chairman|chairwoman|director|head|chief|commissioner|ambassador|envoy|consul|governor|mayor|secretary|official|officer|rapporteur|researcher|analyst|professor|lawyer|activist|founder|president|leader|member|editor|reporter|correspondent|farmer|teacher|worker|doctor|nurse|detainee|survivor|student|mother|father|businessman|businesswoman|resident|herder|picker|refugee|imam|monk|nun)s?\b/i;

/** Every attribution in the passage, in reading order. */
export function extractAttributions(text: string, registry: SpeakerRegistry = new Map()): Attribution[] {
  const found: Attribution[] = [];
  for (const m of text.matchAll(ACCORDING)) {
    const name = nounPhrase(m[1].replace(/\s+(?:in|on|at|during|who|which|that)\b.*$/i, ""));
    if (name) found.push(make(name, "according to", m.index, registry));
  }
  for (const m of text.matchAll(INVERTED)) {
    const name = nounPhrase(m[2].replace(/\s+(?:in|at|on|during|to|after|before|who|which|that|as|when)\b.*$/i, ""));
    if (!name || PRONOUNS.test(name) || PREPOSITION_START.test(name) || name.split(" ").some((w) => AUX.test(w))) continue;
    // after a bare comma only a name or a role counts (", said in December she hopes" is no speaker)
    if (!/[”"]/.test(m[0].slice(0, 3)) && !NAME.test(name) && !roleOf(name)) continue;
    const attribution = make(name, m[1].toLowerCase(), m.index, registry);
    const described = m[3] ? roleOf(m[3]) : null;
    found.push(described ? { ...attribution, role: described } : attribution);
  }
  for (const m of text.matchAll(VERB)) {
    if (found.some((a) => Math.abs(a.at - m.index) < 4)) continue;
    const subject = subjectBefore(text.slice(0, m.index));
    if (subject) found.push(make(subject, m[0].toLowerCase(), m.index, registry));
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The passage's main speaker: its first attribution to someone with a role, else a first-person narrator. */
export function findSpeaker(text: string, registry: SpeakerRegistry = new Map(), previous: Speaker | null = null): Speaker | null {
  const attributions = extractAttributions(text, registry);
  const named = attributions.find((a) => !a.pronoun && a.role);
  if (named) return { name: named.name, role: named.role };
  // "he said" continues the previous passage's speaker, as a reader would take it
  if (previous && attributions.some((a) => a.pronoun && /^(he|she)$/i.test(a.name))) return previous;
  if (/\b(I|my|me)\b/.test(text.replace(/[“"][^”"]*[”"]/g, " ")) && !/[“”"]/.test(text)) return { name: null, role: "witness" };
  return null;
}

/** Remembers "Name, title …," and "title …, Name," introductions so that a later "Name said" keeps the role. */
export function rememberSpeakers(text: string, registry: SpeakerRegistry): void {
  const introductions = [
    ...[...text.matchAll(/(?:^|[.;:]\s+|\b[a-z]+\s+)([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3}),\s+([^,]{3,90}?)(?=,)/gu)].map((m) => ({ name: m[1], title: m[2] })),
    ...[...text.matchAll(/([^,.;“”"]{3,90}?),\s+([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3})(?=,|\s+(?:said|told|says|added))/gu)].map((m) => ({ name: m[2], title: m[1] })),
  ];
  for (const { name, title } of introductions) {
    if (!TITLE.test(title) || !NAME.test(name)) continue;
    const role = roleOf(title);
    if (!role) continue;
    for (const key of [name, ...name.split(" ")]) if (!registry.has(key) && key.length > 1) registry.set(key, role);
  }
}

function make(name: string, verb: string, at: number, registry: SpeakerRegistry): Attribution {
  const pronoun = PRONOUNS.test(name);
  return { name, role: pronoun ? null : resolveRole(name, registry), verb, at, pronoun };
}

function resolveRole(name: string, registry: SpeakerRegistry): SpeakerRole | null {
  const direct = roleOf(name);
  if (direct) return direct;
  const known = registry.get(name) ?? name.split(/\s+/).map((w) => registry.get(w.replace(/[’']s$/, ""))).find(Boolean);
  if (known) return known;
  // A person named without a role is a private person telling what they lived or saw.
  return NAME.test(name) && !/^(The|A|An|This|These|Those|It|In|On)\b/.test(name) ? "witness" : null;
}

/**
 * The noun phrase right before a reporting verb. "Lu Kang, said" and "Zakir, Chairman of …, made
 * comments" take the appositive too; auxiliaries and clause words end the phrase.
 */
function subjectBefore(before: string): string | null {
  let rest = before.trimEnd();
  if (rest.endsWith(",")) {
    // appositive: up to two comma-separated noun phrases before the verb
    const parts = rest.slice(0, -1).split(",").map((x) => x.trim());
    const tail = parts.slice(-2).filter((x) => nounPhrase(x) && !PREPOSITION_START.test(x) && !/[”"]$/.test(x)
      && x.split(/\s+/).length <= 9 && (NAME.test(x) || roleOf(x) !== null || TITLE.test(x)));
    const last = parts.at(-1) ?? "";
    if (!tail.length || !tail.includes(last)) return null;
    return tail.map((x) => lastWords(x)).filter(Boolean).join(", ") || null;
  }
  return lastWords(rest);
}

function lastWords(segment: string): string | null {
  const words = segment.split(/\s+/);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0 && taken.length < 9; i--) {
    const w = words[i];
    // "the ministry also said", "detainees have told": skip what sits between subject and verb
    if (!taken.length && SKIPPED_BEFORE_VERB.test(w)) continue;
    // "reporters who visited the site said": the subject is the noun the relative clause hangs on
    if (/^(who|which)$/i.test(w) && taken.length) {
      const head = lastWords(words.slice(0, i).join(" "));
      if (head && (roleOf(head) || NAME.test(head))) return `${head} ${w} ${taken.join(" ")}`;
      break;
    }
    if (/[,;:“”"(]$/.test(w) || /[.!?]$/.test(w) || AUX.test(w)) break;
    taken.unshift(w.replace(/^[“"(]/, ""));
    if (/^[“"(]/.test(w)) break;
  }
  const phrase = nounPhrase(taken.join(" "));
  return phrase && !PREPOSITION_START.test(phrase) ? phrase : null;
}

function nounPhrase(s: string): string | null {
  const out = s.replace(/\s+/g, " ").trim();
  if (out.length < 2 || /^(?:the|a|an|this|that)$/i.test(out)) return null;
  return out;
}
