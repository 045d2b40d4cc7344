// voiceFeatures as it was before optimisation (see tokenize.ts in this folder for why it is kept).
import type { VoiceContext } from "../../lib/classify/features";
import { referenceStem as stem, referenceTokenize as tokenize } from "./tokenize";
import { extractAttributions } from "./speaker";
// the framing cues came after the optimisation and are shared, so the comparison covers the rest
import { framingCues, stemBigrams, voiceCamps } from "../../lib/classify/framingCues";

const FIRST_SINGULAR = new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd"]);
const FIRST_PLURAL = new Set(["we", "us", "our", "ours", "ourselves", "we're", "we've"]);
const QUOTED = /[“"«]([^”"»]{3,})[”"»]/g;
// Verbs by what the speaker does with them: defend and deny, condemn and demand, or recount.
const DEFENDING = /\b(denied|denies|deny|rejected|rejects|dismissed|dismisses|insisted|insists|maintained|maintains|stressed|in accordance with(?: the)? law|lawful|legitimate|normal(?:ly)?|fully (?:protected|guaranteed)|internal affairs|interference|interfering|sovereignty|fabricat\w*|smears?|lies|baseless|groundless|stability|harmony|prosperity|development|voluntar\w*|extremis\w+|separatis\w+|terroris\w+)\b/gi;
const CONDEMNING = /\b(condemn\w*|accus\w*|urg\w+|called (?:on|for)|calls (?:on|for)|demand\w*|concern\w*|sanction\w*|breach\w*|violat\w+|abuses?|atrocit\w+|persecut\w+|repress\w+|arbitrar\w+|crimes? against humanity|genocide|torture|crackdown|systematic|independent (?:inquiry|investigation|investigators)|accountab\w+|unfettered)\b/gi;
// Words a critic uses of the authorities' own story.
const DISMISSIVE = /\b(so-called|propaganda|regime|sham|whitewash\w*|decei\w+|conceal\w*|cover[- ]up|hid(?:e|den|ing)|silenc\w+|brave\w*|courage\w*|true nature|in the dark|narrative|pressure[ds]?|mass (?:detention|internment|surveillance)|internment)\b/gi;
const DOCUMENTING = /\b(documented|found|show(?:s|ed)?|analys\w+|satellite|leaked|records?|data|database|estimates?|investigation|interviews?|verified|reviewed|obtained|seen by|according to documents?)\b/gi;
const RECOUNTING = /\b(recalled|recalls|remembered|remembers|recounted|described how|told (?:me|us)|i saw|we saw|i was|we were|they (?:took|beat|told|made|forced) (?:me|us)|was taken|were taken|was beaten|was held|was detained|was forced|were forced|made (?:me|us) to)\b/gi;
const HEDGES = /\b(allegedly|alleged|reportedly|apparently|believed to|thought to|estimated|as many as|at least|may|might|could|appears? to|seems? to|suggests?|likely|possibly|claims?|claimed|purported\w*)\b/gi;
const CONTRAST = /\b(despite|contradict\w*|but|however|although|yet|even as|official (?:account|narrative|claims?|figures?)|(?:beijing|the government|officials|authorities)(?:'s)? (?:says?|claims?|insists?))\b/gi;

export function referenceVoiceFeatures(text: string, context: VoiceContext = {}): string[] {
  const tokens = tokenize(text);
  const features = tokens.map(stem);
  features.push(...stemBigrams(features));
  const quotedText = [...text.matchAll(QUOTED)].map((m) => m[1]).join(" ");
  const quotedTokens = new Set(tokenize(quotedText));
  const outsideTokens = tokenize(text.replace(QUOTED, " "));
  const add = (f: string) => features.push(`__${f}`);

  if (outsideTokens.some((t) => FIRST_SINGULAR.has(t))) add("first_singular_unquoted");
  if ([...quotedTokens].some((t) => FIRST_SINGULAR.has(t))) add("first_singular_quoted");
  if (outsideTokens.some((t) => FIRST_PLURAL.has(t))) add("first_plural_unquoted");
  if ([...quotedTokens].some((t) => FIRST_PLURAL.has(t))) add("first_plural_quoted");
  const share = quotedText.length / Math.max(1, text.length);
  add(share === 0 ? "quote_none" : share < 0.5 ? "quote_some" : "quote_most");

  const attributions = extractAttributions(text, context.registry);
  if (!attributions.length) add("attribution_none");
  attributions.forEach((a, i) => {
    const role = a.pronoun ? (context.previousRole ? `${context.previousRole}` : "pronoun") : (a.role ?? "unknown");
    add(`said_by_${role}`);
    if (i === 0) add(`lead_${role}`);
    if (a.verb === "according to") add(`according_to_${role}`);
  });
  features.push(...voiceCamps(attributions.map((a) => (a.pronoun ? context.previousRole ?? "pronoun" : a.role ?? "unknown"))));
  const counts: [string, RegExp][] = [["defending", DEFENDING], ["condemning", CONDEMNING], ["dismissive", DISMISSIVE], ["documenting", DOCUMENTING], ["recounting", RECOUNTING], ["hedge", HEDGES], ["contrast", CONTRAST]];
  for (const [name, pattern] of counts) {
    const n = text.match(pattern)?.length ?? 0;
    if (n) add(name);
    if (n >= 2) add(`${name}_2`);
  }
  features.push(...framingCues(text));
  return features;
}
