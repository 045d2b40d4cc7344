// Cues for the framing errors a bag of words makes on real reporting, each a class seen on unseen sources:
// - an official rebuttal that quotes the critics' words to deny them ("the so-called 'camps' are a lie"),
//   which shares its nouns with the criticism it answers;
// - the critic who names the official euphemism to expose it ("what the authorities call 'vocational
//   training'"), which shares its nouns with the official account;
// - the state's own achievement and leadership formulas, narration with no reporting verb to attach to;
// - a first-hand account told in the third person ("guards made him…", "her husband, now in Almaty");
// - other governments praising a policy or rejecting its "politicisation", against those condemning it.
// "So-called" alone is no cue: officials put it before the critics' words ("so-called 'camps'") and critics
// before the official euphemism ("so-called 're-education centres'"); which term follows is for the stem pairs.
// Every pattern is linear: literal alternations and bounded gaps only, so no input can make one backtrack.

// A short quoted phrase: scare quotes around a term, not a quoted sentence (at most 60 characters). An
// opening mark right after a letter is an apostrophe ("China's"), not a quote.
const SCARE_QUOTED = /(?<![\p{L}\p{N}])[“"‘'«]([^“”"‘’'«»\n]{2,60})[”"’'»]/gu;
const DENIAL_BEFORE = /\b(?:fabricated|false|fake|alleged|baseless|groundless|the lie of|the myth of|the rumou?rs? of|the fiction of|no such thing as|there (?:is|are|were|was) no|never (?:any|been)|nothing but|hyped[- ]up|trumped[- ]up|concocted|invented|smears? (?:of|about)|slander(?:s|ing)? (?:of|about)?)\s*$/i;
const DENIAL_AFTER = /^\s*[,.]?\s*(?:(?:is|are|was|were|has been|have been)\s+(?:\w+\s+){0,2}(?:a |an |the |pure |complete |nothing but |simply )?(?:lies?|fabricat\w+|smears?|rumou?rs?|slander|nonsense|groundless|baseless|false|untrue|fake|fiction|myths?|absurd|a joke|concocted)|(?:does|do|did) not exist|never existed|simply (?:does|do) not|is the lie|are lies)/i;
const DENIAL_FORMULAS = /\b(?:the lie of the century|no such thing as|(?:lies?|rumou?rs?) (?:and|or) (?:disinformation|rumou?rs?|smears?|lies?)|(?:is|are|was|were) (?:pure|complete|utter|total) (?:fabrication|lies?|nonsense)|(?:do|does|did) not exist at all|never existed)\b/i;

const EUPHEMISM_EXPOSED = /\b(?:what (?:the )?(?:authorities|officials|government|chinese government|state|party|beijing|china|regime|state media|kremlin|junta|ministry) (?:call|calls|called|term|terms|termed|describes? as|described as|refers? to as|referred to as|labels?|labell?ed|brands?|branded|likes? to call)|(?:which|that|whom) (?:the )?(?:authorities|officials|government|beijing|state media|regime) (?:call|calls|called|describe|describes|described|term|terms|termed|refer to)|euphemis\w+|officially (?:called|known as|described as|termed|designated)|in official (?:parlance|language|jargon|terms)|(?:a|the) (?:term|name|label|phrase) (?:used|coined|preferred|favou?red|chosen) by (?:the )?(?:authorities|officials|government|state|party)|(?:thinly )?disguised as|dressed up as|under the (?:guise|banner|cover|pretext) of)\b/i;

const STATE_FORMULAS = /\b(?:under the (?:strong |firm |correct |wise |sound )?leadership of|party central committee|central committee of the|at its core|core socialist values|people of all ethnic groups|all ethnic groups|lifted (?:[\w-]+ ){0,6}out of (?:absolute |extreme )?poverty|poverty alleviation|(?:per capita|disposable) income|(?:rose|grew|increased|climbed|jumped) (?:by )?\d[\d.,]*\s?(?:per ?cent|%)|long-term (?:peace|stability)|lasting (?:peace|stability)|social stability|ethnic (?:unity|solidarity)|harmonious (?:coexistence|society|development)|(?:happy|better|happier|prosperous) (?:lives|life)|common prosperity|sense of (?:gain|happiness|security|fulfil?ment)|(?:great|remarkable|tremendous|historic|notable) (?:achievements|progress|strides)|(?:no|not a single) (?:violent )?(?:terrorist )?(?:incidents?|attacks?) (?:has|have) (?:occurred|taken place)|fully (?:guaranteed|protected|respected)|in accordance with (?:the )?law|rule of law|law-based governance|legitimate rights and interests|(?:national|state) (?:security|unity|sovereignty) (?:and|is|are)|anti-(?:china|government) forces|hostile (?:foreign )?forces|internal affairs)\b/gi;

const THIRD_PERSON_ACCOUNT = /\b(?:(?:he|she|they) (?:was|were) (?:taken|held|detained|beaten|forced|interrogated|shackled|handcuffed|sent|made|told|kept|locked|tortured|questioned|woken|released|arrested|transferred)|(?:guards|police|officers|interrogators|men in uniform|wardens|soldiers|staff|teachers|cadres) (?:had |would )?(?:made|forced|beat|took|told|ordered|woke|shackled|hit|kicked|dragged|searched|shaved|stripped|injected) (?:him|her|them)|(?:his|her|their) (?:husband|wife|son|daughter|mother|father|brother|sister|family|parents|children|relatives|cousin|uncle|aunt|grandmother|grandfather|fiancée?)|(?:she|he) (?:recalled|remembers|remembered|recounted|recounts|describes|described|wept|cried|paused)|now (?:lives|living|based) in|last (?:heard|spoke|saw) (?:from |to |of )?(?:him|her|them)|(?:his|her) (?:time|months|years|days) (?:in|inside) (?:the )?(?:camp|centre|center|facility|prison|detention)|(?:he|she) (?:spent|served) \w+ (?:months|years|weeks|days))\b/gi;

const PRAISE = /\b(?:commend\w*|appreciat\w+|applaud\w*|welcomes? (?:the|china's|its)|(?:express|expressed|expresses|reiterate|reiterated) (?:our |their |its )?(?:firm )?(?:support|appreciation)|remarkable (?:achievements|progress)|politici[sz]\w*(?: of human rights)?|double standards|name and shame|groundless accusations|(?:oppose|opposes|opposed) (?:interference|the politici[sz]ation|using human rights|attempts))\b/gi;

/** The cue features of a passage, named as voiceFeatures names its markers. */
export function framingCues(text: string): string[] {
  const cues: string[] = [];
  let quoted = 0;
  let denied = 0;
  SCARE_QUOTED.lastIndex = 0;
  for (let m = SCARE_QUOTED.exec(text); m; m = SCARE_QUOTED.exec(text)) {
    if (m[1].split(/\s+/).length > 6) continue;
    quoted += 1;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (DENIAL_BEFORE.test(before) || DENIAL_AFTER.test(after)) denied += 1;
  }
  if (quoted) cues.push("__scare_quote");
  if (denied) cues.push("__quoted_term_denied");
  if (DENIAL_FORMULAS.test(text)) cues.push("__denial_formula");
  if (EUPHEMISM_EXPOSED.test(text)) cues.push("__euphemism_exposed");
  pushCount(cues, "state_formula", STATE_FORMULAS, text);
  pushCount(cues, "third_person_account", THIRD_PERSON_ACCOUNT, text);
  pushCount(cues, "praise", PRAISE, text);
  return cues;
}

function pushCount(cues: string[], name: string, pattern: RegExp, text: string): void {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < 2 && pattern.exec(text)) n++;
  pattern.lastIndex = 0;
  if (n) cues.push(`__${name}`);
  if (n >= 2) cues.push(`__${name}_2`);
}

const CAMPS: Record<string, "state" | "critic" | "witness"> = {
  state_official: "state", state_media: "state", ngo: "critic", un: "critic", foreign_government: "critic", journalist: "critic", witness: "witness",
};

/**
 * Whose voices a passage carries, as one feature: naive Bayes weighs "a ministry said" the same whether the
 * ministry speaks alone (its paraphrased account) or is quoted beside a critic answering it; this conjunction
 * tells the two apart.
 */
export function voiceCamps(roles: readonly string[]): string[] {
  const camps = [...new Set(roles.map((r) => CAMPS[r]).filter(Boolean))].sort();
  return camps.length ? [`__voices_${camps.join("_")}`] : [];
}

/**
 * Adjacent stems as one feature ("so-cal camp", "we firmli", "she recal"): word order carries voice that single
 * stems lose. Chosen by leave-one-register-out macro-F1 (docs/classifier.md).
 */
export function stemBigrams(stems: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < stems.length; i++) out.push(`${stems[i - 1]} ${stems[i]}`);
  return out;
}
