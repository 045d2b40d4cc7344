// What the classifier sees of a passage. Framing is a matter of voice more than topic, so besides word
// stems (stop words kept: "I", "we" and "said" carry voice) it gets markers for who is speaking and how.
import { stem, tokenize } from "../analysis/tokenize";

const FIRST_SINGULAR = new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd"]);
const FIRST_PLURAL = new Set(["we", "us", "our", "ours", "ourselves", "we're", "we've"]);
const QUOTED = /[“"«]([^”"»]{3,})[”"»]/g;

const SPEAKERS: [string, RegExp][] = [
  ["official", /\b(ministry|spokes(?:man|woman|person)|government|authorit(?:y|ies)|official|officials|state media|state council|white paper|embassy|ambassador|regional (?:government|chairman)|police said|party secretary|xinhua|global times)\b/i],
  ["monitor", /\b(human rights watch|amnesty|rights groups?|ngos?|researchers?|investigators?|united nations|un experts?|high commissioner|report(?:ed|s)?|satellite|leaked|documents? (?:show|reveal)|journalists?|correspondents?)\b/i],
  ["witness", /\b(former detainees?|recalled|remembers?|told me|my (?:mother|father|brother|sister|husband|wife|son|daughter|family|cell)|survivors?|relatives?|in tears|was taken|were taken)\b/i],
];
const EVALUATIVE = /\b(so-called|allegedly|alleged|lies|fabricat\w+|smear\w*|baseless|groundless|atrocit\w+|abuses?|crimes?|brutal\w*|stability|harmony|prosperity|lawful|legitimate|interference)\b/i;

export function voiceFeatures(text: string): string[] {
  const tokens = tokenize(text);
  const features = tokens.map(stem);
  const quoted = [...text.matchAll(QUOTED)].map((m) => m[1]).join(" ");
  const quotedTokens = new Set(tokenize(quoted));
  const outside = tokens.filter((t) => !quotedTokens.has(t));
  if (tokens.some((t) => FIRST_SINGULAR.has(t))) features.push("__first_singular");
  if (outside.some((t) => FIRST_SINGULAR.has(t))) features.push("__first_singular_unquoted");
  if ([...quotedTokens].some((t) => FIRST_SINGULAR.has(t))) features.push("__first_singular_quoted");
  if (tokens.some((t) => FIRST_PLURAL.has(t))) features.push("__first_plural");
  if ([...quotedTokens].some((t) => FIRST_PLURAL.has(t))) features.push("__first_plural_quoted");
  if (quoted) features.push(quoted.length > text.length / 2 ? "__mostly_quoted" : "__has_quote");
  for (const [speaker, pattern] of SPEAKERS) if (pattern.test(text)) features.push(`__speaker_${speaker}`);
  if (EVALUATIVE.test(text)) features.push("__evaluative");
  return features;
}
