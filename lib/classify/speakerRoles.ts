// Who a phrase names, by role. Framing and speaker are separate questions: a UN body can be quoted
// inside an official passage and a ministry inside a critical one, so roles are found here and
// framing is left to the classifier.
import { z } from "zod";

export const SPEAKER_ROLES = ["state_official", "state_media", "ngo", "un", "foreign_government", "journalist", "witness"] as const;
export const speakerRoleSchema = z.enum(SPEAKER_ROLES);
export type SpeakerRole = z.infer<typeof speakerRoleSchema>;

export const SPEAKER_ROLE_NAMES: Record<SpeakerRole, string> = {
  state_official: "state official",
  state_media: "state media",
  ngo: "NGO / researcher",
  un: "UN",
  foreign_government: "foreign government",
  journalist: "journalist",
  witness: "witness",
};

// Checked together: the role whose cue comes first in the phrase wins ("Chinese diplomats at the UN
// Human Rights Council" are diplomats; "a lawyer for a civil liberties union" speaks for the union).
// Earlier entries win ties, so "state media" beats "state", and "UN experts" beats "experts".
// Diplomats, ambassadors and lawmakers without a country are foreign: a state's own are named as such
// ("Chinese diplomats", "Beijing's ambassador"), which the state_official cue finds first.
const CHINESE = "(?:chinese|china['’]s|beijing['’]s)";
const ROLE_CUES: [SpeakerRole, RegExp][] = [
  ["state_media", new RegExp(String.raw`\b((?:${CHINESE} )?(?:xinhua|global times|people['’]s daily|cctv|cgtn|tass|state[- ](?:run |owned |controlled )?(?:media|television|tv|broadcaster|newspapers?|press|news agency|outlets?)|official news agency|(?:judiciary|government)'s news agency|party newspaper|newspaper run by the communist party|state-controlled|(?:regional |provincial |city |local )?party newspaper))\b`, "i")],
  ["state_official", new RegExp(String.raw`\b(${CHINESE} (?:[\w-]+ ){0,3}?(?:officials?|diplomats?|ambassadors?|envoys?|delegat(?:e|es|ion)|representatives?|mission|embassy|consulate|side|government|authorities|ministry|spokes\w+|leaders?|president|premier|police))\b`, "i")],
  ["foreign_government", /\b(western (?:diplomats?|governments?|officials?|countries|envoys?|politicians)|foreign (?:secretary|minister|office)|state department|secretary of state|treasury|white house|european (?:union|parliament|commission)|\beu\b|g7|member (?:countries|states)|(?:\d+|dozens of|several|many) (?:countries|governments|nations|states)|countries|governments|signatories|(?:u\.s\.|us|american|british|uk|canadian|japanese|german|french|dutch|australian|swedish|norwegian|new zealand's?|turkish|kazakh|european) (?:government|officials?|lawmakers?|senators?|diplomats?|ambassadors?|minister|envoy|parliament|congress|trade minister)|(?:washington|london|ottawa|tokyo|berlin|paris|canberra|brussels|ankara|astana)(?= (?:said|says|urged|called|warned|condemned))|congress(?:ional)?|lawmakers?|legislators?|politicians|senators?|parliament(?:ary|arians?)?|parliament-in-exile|diplomats?|ambassadors?|envoys?)\b/i],
  ["un", /\b(un|u\.n\.|united nations|special rapporteurs?|high commissioner|human rights council|unhcr|ohchr|unicef|world health organi[sz]ation|who experts|committee on the elimination|un experts?|un panel|un committee|un agency)\b/i],
  ["journalist", /\b(reporters?|journalists?|correspondents?|editors?|this newspaper|our (?:reporters|correspondent|investigation)|reuters|associated press|afp|bbc|cnn|the epoch times|radio free asia|the newspaper|the outlet|news outlet|documentary|broadcasters?|(?:western |foreign |overseas |international )?media(?: outlets?)?)\b/i],
  ["ngo", /\b(human rights watch|amnesty(?: international)?|(?:human )?rights (?:groups?|organi[sz]ations?|activists?|lawyers?|advocates?|network|monitors?)|campaigners?|activists?|advocacy|advocates?|ngos?|charit(?:y|ies)|aid (?:agencies|groups|workers)|médecins|doctors without borders|research(?:ers?| groups?| institutes?| centres?| centers?)?|academics?|scholars?|historians?|demographers?|sociologists?|anthropologists?|linguists?|statisticians?|political scientists?|professors?|lecturers?|universit(?:y|ies)|experts?|analysts?|economists?|institute|think[- ]tank|watchdog|observers?|critics?|civil liberties|union organi[sz]ers|lawyers?|legal experts|monitors?|volunteers?|organi[sz]ers?|authors? of (?:the|a|an) (?:report|study|analysis|survey)|(?:one|two|some) of the authors|its authors|the authors|medical association|inquiry|investigators?|who (?:studies|studied|researches|tracks|monitors)|who (?:wrote|authored|co-wrote|led) (?:the|a|an) (?:report|study|analysis|survey))\b/i],
  ["witness", /\b((?:a|an|one|two|three|several|many) (?:ethnic )?(?:uyghurs?|uighurs?|kazakhs?|tibetans?|kyrgyz)\b(?! (?:official|cadre|spokes\w*|police|officer|leader|scholar|academic|researcher|activist|journalist|reporter|lawmaker|politician|rights|groups?|organi[sz]ations?|association))|former (?:[\w-]+ ){0,2}?(?:detainees?|prisoners?|inmates?|students?|workers?|guards?|police(?:m[ae]n|wom[ae]n)?|auxiliar(?:y|ies)|officers?|staff|employees?|trainees?|teachers?)|detainees?|survivors?|relatives?|residents?|villagers?|witness(?:es)?|famil(?:y|ies)|(?:his|her|their|a|the) (?:mother|father|brother|sister|husband|wife|son|daughter|daughters|sons|cousin|uncle|aunt|neighbou?r|family)|mothers?|fathers?|brothers?|sisters?|husbands?|wives|wife|sons?|daughters?|cousins?|farmers?|herders?|workers?|pickers?|teachers?|nurses?|doctors?|students?|trainees?|interviewees?|inmates?|prisoners?|protesters?|businessm[ae]n|refugees?|migrants?|exiles?|parents?|neighbou?rs?|visitors?|tourists?|(?:in|of) the (?:uyghur |kazakh |exile |diaspora )?(?:community|diaspora)|m[ae]n|wom[ae]n|girls?|boys?|engineers?|shopkeepers?|traders?|drivers?|booksellers?|tailors?|cooks?|accountants?|pensioners?|retirees?|grandmothers?|grandfathers?|imams?|who (?:was|were) (?:held|detained|taken|released|freed|sent))\b/i],
  ["state_official", /\b(ministry|minister|ministers|spokes(?:man|woman|person|people|men|women)|government|authorit(?:y|ies)|officials?|police|army|military|troops|embassy|consulate|mission|delegat(?:e|es|ion)|consul(?: general)?|president|prime minister|premier|governor|mayor|chairman|chairwoman|vice-chairman|party secretary|cadres?|commissioner|commission|bureau|department|agency|court|judge|prosecutors?|judiciary|state council|white paper|security forces|coast guard|border force|chief executive|beijing|moscow|kremlin|cabinet|regime|officers?|administration|provincial|regional|municipal|customs|communist party|ccp|cpc|(?:county|prefecture|township|village|district|city|local|residential|neighbou?rhood|party) (?:[\w-]+ ){0,2}?(?:office|committee|bureau|government|heads?|chiefs?|leaders?|secretary))\b/i],
];

/** The role a phrase names, or null when it names none. */
export function roleOf(phrase: string): SpeakerRole | null {
  let best: { role: SpeakerRole; at: number } | null = null;
  for (const [role, cue] of ROLE_CUES) {
    const m = cue.exec(phrase);
    if (m && (!best || m.index < best.at)) best = { role, at: m.index };
  }
  return best?.role ?? null;
}
