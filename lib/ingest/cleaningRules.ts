// Recognisers for the noise that web pages carry into copied text. Each looks at the shape of a line —
// never at a list of known sentences — so it works on any article of this kind.
import { wordCount } from "./normalize";

// Sentence-final punctuation, including the full-width forms of Chinese and Japanese.
const TERMINAL = /[.!?;,…"”’»。！？；，」』）]$/u;

/** Short, unpunctuated, capitalised: a headline, a subheading or a link title. */
export function looksLikeHeading(text: string, maxWords = 10): boolean {
  return wordCount(text) <= maxWords && text.length <= 100 && !TERMINAL.test(text) && /^[\p{Lu}\p{N}“"‘'«]/u.test(text);
}

/** A full sentence or more of running prose. */
export function looksLikeProse(text: string): boolean {
  return wordCount(text) >= 12 && /[.!?…"”’)。！？」』）]$/u.test(text);
}

// "(Greg Baker/AFP/Getty Images)", "(Image: Someone via Flickr)", "(Photo: Staff/Agency)", "Photo: ..."
const CREDIT_START = /^(photo|photograph|image|picture|pictured|illustration|credit|courtesy|file|video|screenshot)s?\b/i;
const AGENCY_END = /\b(getty images|afp|reuters|ap|ap photo|epa|xinhua|shutterstock|alamy)$/i;
export function isCaption(text: string): boolean {
  if (/^(photo|image|picture|photograph|credit|caption|file photo)s?\s*[:：]/i.test(text)) return true;
  const credit = text.match(/\(([^()]{2,120})\)\s*$/)?.[1].trim();
  if (!credit) return false;
  const words = wordCount(credit);
  return CREDIT_START.test(credit) || (credit.includes("/") && words <= 8) || (AGENCY_END.test(credit) && words <= 4) || (/\bvia\b/i.test(credit) && words <= 6);
}

const NAME_PARTICLE = /^(van|von|de|der|den|del|della|di|da|du|la|le|al|el|bin|ibn|ben|dos|das|y)$/i;
/** "Isabel van Brugen", "By Jane Doe and Ali Khan", "Jane Doe, Staff Reporter". */
export function isBylineLine(text: string, author?: string | null): boolean {
  const plain = text.replace(/^(by|written by|words by|reporting by|text by)\s+/i, "");
  if (author && plain.toLowerCase() === author.trim().toLowerCase()) return true;
  if (plain !== text && wordCount(plain) <= 10 && !TERMINAL.test(plain)) return true;
  return looksLikeName(plain.replace(/,\s*(?:(?:staff|senior|chief)\s*)?(?:writer|reporter|correspondent|editor)$/i, ""));
}

export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+(?:and|&)\s+|\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 6 || /[\d.!?:;"“”]/.test(text)) return false;
  const capitalised = words.filter((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w));
  return capitalised.length >= 2 && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) || NAME_PARTICLE.test(w));
}

// Site furniture: calls to action and link lists that follow the article body.
const FURNITURE = [
  /^watch( next| now| more| the video| this)?\s*:?$/i,
  /^(follow|like|find) us on\b/i,
  /^recommend(ed|ations)?( for you| stories| reading| articles)?\s*:?$/i,
  /^(share|tweet|email|print|save)( this)?( article| story| page| post)?( on +\w+(?: +\w+)*)?\s*:?$/i,
  /^share (this|on|via)\b/i,
  /^(copy link|copy url|send|whatsapp|facebook|twitter|linkedin|telegram)$/i,
  /\b(in|into|straight to) your inbox\b/i,
  /^(donate|support (us|our (work|journalism|research|reporting)))\b/i,
  /^(subscribe|sign up|register)\b.*\b(newsletter|updates|subscribe|free|inbox|channel)\b/i,
  /^(subscribe|sign up)( now| today| here)?\s*[:!.]?$/i,
  /^(read more|related|related (articles|stories|coverage|content)|more from +[\w.]+(?: +[\w.]+)*|more on this|see also|also read|most read|most popular|trending( now)?|you may also like|top stories|editor'?s picks)\s*:?$/i,
  /^(read more|related|see also|also read)\s*:/i,
  /^(advertisement|sponsored( content)?|click here\b.*|download (our|the) app\b.*)$/i,
  /^(©|copyright\b|all rights reserved)/i,
  // datelines and author promos: "First published February 1, 2016: 1:28 AM ET", "Jo Bloggs is on Twitter at jb."
  /\b(first published|published|updated|posted)( on)?\s*(?::\s*)?(\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+ \d{4}|\d{4}-\d{2}-\d{2})/i,
  /^[^.!?]{0,60}\b(is|are) on (twitter|x|facebook|instagram|bluesky|mastodon|threads)\b/i,
  /^follow [^.!?]{0,40} on (twitter|x|facebook|instagram|bluesky|mastodon|threads)\b/i,
  // the same calls to action on Chinese sites: share to…, related reading, responsible editor, reprint notice
  /^(分享到|转播到|转发到|推荐阅读|相关阅读|延伸阅读|相关新闻|精彩视频推荐|热门推荐)/u,
  /^[[【（(]?\s*(责任编辑|编辑|来源)\s*[:：]/u,
];
// Notices that run longer than a call to action but are never article text.
const NOTICES = [/(未经授权|未经许可|版权所有).{0,20}(转载|摘编|复制)|不得转载/u, /^(©|copyright ©?\s*\d{4})/i];
/** Furniture that introduces a list of linked headlines: the short lines after it are furniture too. */
const LIST_MARKER = /^(watch|read more|related|recommend|more from|more on|see also|also read|most read|most popular|trending|you may also like|top stories|editor'?s picks)/i;

export function isFurniture(text: string): boolean {
  const words = wordCount(text);
  return (words <= 20 && FURNITURE.some((re) => re.test(text))) || (words <= 60 && NOTICES.some((re) => re.test(text)));
}

export function startsLinkList(text: string): boolean {
  return isFurniture(text) && LIST_MARKER.test(text);
}
