// The role a description gives a speaker, beyond the first cue roleOf finds: titles that say nothing by
// themselves ("director", "spokesperson", "head") take the role of the body they serve ("Geneva director of an
// international rights group" is NGO, "a spokesperson for the company" is none of the seven); a state's own
// officials are foreign governments when the state is not the one reported on ("the Turkish foreign ministry").
import { roleOf, type SpeakerRole } from "./speakerRoles";

// Titles whose role is their organisation's, with the role they have when the organisation is not named.
const NEUTRAL_TITLE = /^(?:(?:the|a|an|its|his|her|their|one|another|[\w’'-]+['’]s)\s+)?(?:[\w-]+\s+){0,3}?(spokes(?:man|woman|person|people|men|women)|director|head|chief|chair(?:man|woman)?|vice-chair(?:man|woman)?|member|representative|founder|president|secretary|deputy|adviser|coordinator|manager|owner|supervisor|report|study|statement|analysis|letter|survey)s?\s+(?:(?:released |published |issued |compiled |written |commissioned )?by|of|for|at|with|from|to)\s+(.+)$/i;
const FOUNDER = /\b(founders?|co-founders?)\b/i;
const DIRECTOR = /\b(director|head|chief)s?\b/i;
// Speakers of none of the seven kinds: companies and their auditors, industry bodies.
const NO_ROLE = /\b(compan(?:y|ies)|firms?|corporations?|brands?|retailers?|suppliers?|manufacturers?|industry|business (?:groups?|associations?)|auditors?|audits?|factory|plant|supervisors?|managers?|employers?|ltd|inc|textiles|a source close to (?:the )?(?:talks|negotiations|investigation|company))\b/i;
// A country's own government other than the one reported on: "the Kazakh foreign ministry", "Norwegian officials".
const FOREIGN_STATE = /\b(canberra|washington|london|ottawa|tokyo|berlin|paris|brussels|the hague|oslo|stockholm|copenhagen|bern|vienna|wellington|bishkek|tashkent|kazakh(?:stan)?(?:['’]s)?|kyrgyz(?:stan)?|uzbek(?:istan)?|turk(?:ey|ish)|ankara|astana|brit(?:ain|ish)|united kingdom|uk|u\.s\.|us|american|united states|canad(?:a|ian)|german(?:y)?|french|france|dutch|netherlands|norw(?:ay|egian)|swed(?:en|ish)|japan(?:ese)?|australian?|european|western|lithuanian?|czech|danish|denmark|belgian?|swiss|switzerland)\b/i;
const CHINESE = /\b(chinese|china['’]s|beijing['’]s|china)\b/i;

// Descriptions repeat across passages ("officials", "the ministry"): remembered, up to a bound.
const remembered = new Map<string, SpeakerRole | null | undefined>();
const REMEMBER_AT_MOST = 20_000;

/** The role a description of a speaker names; null for speakers of no role; undefined when it says nothing. */
export function roleOfDescription(description: string): SpeakerRole | null | undefined {
  if (remembered.has(description)) return remembered.get(description);
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
  const role = describe(description);
  remembered.set(description, role);
  return role;
}

function describe(description: string): SpeakerRole | null | undefined {
  // a body's proper name says what kind of body it is by its last words ("Border Families Project" is an NGO)
  const organisation = ORGANISATION_NAME.exec(description);
  if (organisation && organisation.index === 0) return roleOfOrganisation(organisation[0]);
  const affiliated = NEUTRAL_TITLE.exec(description);
  if (affiliated) {
    const body = roleOfBody(affiliated[2]);
    if (body !== undefined) return body;
  }
  const direct = roleOf(description);
  if (direct === "state_official" && FOREIGN_STATE.test(description) && !CHINESE.test(description)) return "foreign_government";
  if (direct) return direct;
  if (NO_ROLE.test(description)) return null;
  if (FOUNDER.test(description)) return "ngo";
  if (DIRECTOR.test(description)) return "state_official";
  return undefined;
}

function roleOfBody(body: string): SpeakerRole | null | undefined {
  const organisation = ORGANISATION_NAME.exec(body);
  if (organisation && organisation.index <= 4) return roleOfOrganisation(organisation[0]);
  const role = roleOf(body);
  if (role === "state_official" && FOREIGN_STATE.test(body) && !CHINESE.test(body)) return "foreign_government";
  if (role) return role;
  return NO_ROLE.test(body) ? null : undefined;
}

// A capitalised run ending in a word that says what kind of body it is.
export const ORGANISATION_NAME = /(?:\b\p{Lu}[\p{L}'’-]+ ){1,4}(?:Project|Network|Institute|Foundation|Coalition|Alliance|Initiative|Centre|Center|Trust|Society|Association|Lab|Group|Watch|Monitor|Research|Ministry|Bureau|Office|Department|Commission|Committee|Council|Textiles|Company|Corporation|Inc|Ltd|News|Daily|Times|Radio|Wire|Review|Post|Dispatch|Television|Press|Journal|Tribune|Herald)\b(?: \p{Lu}[\p{L}]+)?/u;

/** The role a body's proper name gives it: a cue in the name, else the kind of body its last word names. */
export function roleOfOrganisation(name: string): SpeakerRole | null | undefined {
  const kind = /\b(Ministry|Bureau|Office|Department|Commission|Committee|Council)\b/.test(name) ? "state_official"
    : /\b(Textiles|Company|Corporation|Inc|Ltd)\b/.test(name) ? null
    : /\b(News|Daily|Times|Radio|Wire|Review|Post|Dispatch|Television|Press|Journal|Tribune|Herald)\b/.test(name) ? "journalist"
    : "ngo";
  const cue = roleOf(name);
  if (cue && cue !== "witness") return kind === "state_official" && FOREIGN_STATE.test(name) && !CHINESE.test(name) ? "foreign_government" : cue;
  return kind;
}
