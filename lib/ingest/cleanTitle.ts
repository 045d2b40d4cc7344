// A page's title without the site or author its publisher appends ("… | The Seattle Times", "… - Breitbart",
// "… | Eleanor Ainge Roy", "…_科技_腾讯网") or prepends ("NYTimes - …").
//
// The approach is Postlight (Mercury) Parser's resolveSplitTitle: split the title at its separators and drop an
// end segment only when it is recognisably the site, never by position alone; a title whose ends name nothing
// known is left whole. Mercury compares the ends with the address's domain; here they are compared with every
// name the article is known by: the page's site name, the outlet the user gave, the byline and the address.
// Readability's _getArticleTitle guards against over-trimming with a word count; likewise a segment is kept when
// what would remain is too short to be a headline. A plain colon is never a separator here ("Zimbabwe coup:
// Mugabe…" is one headline), unlike Readability's fallback, and hyphens inside words ("Fact-Checker") are not.
import { parse } from "tldts";
import { comparableText, wordCount } from "./normalize";
import { httpHost } from "./siteFromAddress";

export interface TitleNames {
  siteName?: string | null;
  outlet?: string | null;
  byline?: string | null;
  url?: string | null;
}

export type RemovedKind = "site" | "author" | "section";

export interface CleanedTitle {
  title: string;
  /** the segments taken off, in the order they were found, and what each was taken for */
  removed: { text: string; kind: RemovedKind }[];
  /** the first segment taken off as the site's name ("The New York Times"), for a page that names its site nowhere else */
  siteName: string | null;
}

// spaced dashes, pipes, bullets and guillemets; pipes and "::" also unspaced; "_" joins Chinese portals' parts
const SEPARATOR = / [|｜·•»/–—-] | ?(?:\||｜|::) ?|_/g;
// Chinese site names end in 网 ("web site": 腾讯网, 新华网, 人民网); the sections before them are short
const CHINESE_SITE = /^[\p{Script=Han}A-Za-z0-9]{1,8}[网網]$/u;
const CHINESE_SECTION = /^[\p{Script=Han}A-Za-z0-9]{1,6}$/u;
// a publisher appends a site, an author, a section or two; a title made of nothing but names is left alone
const MAX_REMOVED = 4;

export function cleanTitle(raw: string, names: TitleNames): CleanedTitle {
  const title = raw.replace(/\s+/g, " ").trim();
  const parts = splitKeepingSeparators(title);
  const known = knownNames(names);
  const removed: CleanedTitle["removed"] = [];
  while (parts.length >= 3 && removed.length < MAX_REMOVED) {
    const lastSeparator = parts[parts.length - 2];
    const atEnd = nameKind(parts[parts.length - 1], lastSeparator, known);
    if (atEnd && longEnough(parts.slice(0, -2))) {
      removed.push({ text: parts[parts.length - 1].trim(), kind: atEnd });
      parts.splice(-2, 2);
      if (lastSeparator === "_") removeSections(parts, removed);
      continue;
    }
    const atStart = nameKind(parts[0], parts[1], known);
    if (atStart && longEnough(parts.slice(2))) {
      removed.push({ text: parts[0].trim(), kind: atStart });
      parts.splice(0, 2);
      continue;
    }
    break;
  }
  return {
    title: removed.length ? parts.join("").trim() : title,
    removed,
    siteName: removed.find((r) => r.kind === "site")?.text ?? null,
  };
}

/** ["Headline", " | ", "Site"]: segments at even indexes, separators at odd ones. */
function splitKeepingSeparators(title: string): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push(title.slice(at, m.index), m[0]);
    at = m.index + m[0].length;
  }
  parts.push(title.slice(at));
  return parts;
}

/** "标题_科技_腾讯网": once the site is off, the short Chinese sections before it go too. */
function removeSections(parts: string[], removed: CleanedTitle["removed"]): void {
  while (parts.length >= 3 && removed.length < MAX_REMOVED && parts[parts.length - 2] === "_" && CHINESE_SECTION.test(parts[parts.length - 1]) && longEnough(parts.slice(0, -2))) {
    removed.push({ text: parts[parts.length - 1], kind: "section" });
    parts.splice(-2, 2);
  }
}

/** What would remain is a headline: two words or more, and at least eight letters or digits. */
function longEnough(parts: string[]): boolean {
  const rest = parts.join("");
  return wordCount(rest) >= 2 && (rest.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 8;
}

interface KnownNames {
  /** names a site segment may equal or be a part of: the page's site name, the outlet, the host and its domain */
  sites: string[];
  /** the byline, "By" taken off */
  author: string | null;
  /** the domain without its public suffix ("nytimes"), which a segment may spell out ("The New York Times") */
  domainLabel: string | null;
}

function knownNames({ siteName, outlet, byline, url }: TitleNames): KnownNames {
  const host = httpHost(url);
  const parsed = host ? parse(host, { allowPrivateDomains: true }) : null;
  const sites = [siteName, outlet, host?.replace(/^www\./, ""), parsed?.domain].map((n) => (n ? key(n) : "")).filter((k) => k.length >= 2);
  const author = byline ? key(byline.replace(/^by\s+/i, "")) : "";
  const label = parsed?.domainWithoutSuffix ? key(parsed.domainWithoutSuffix).replace(/ /g, "") : "";
  return { sites, author: author.length >= 2 ? author : null, domainLabel: label.length >= 3 ? label : null };
}

/** Lowercase letters and digits, words apart, without a leading "the": "The Guardian" and "the Guardian" alike. */
function key(text: string): string {
  return comparableText(text).replace(/^the /, "");
}

/** What a segment of the title names, if it names the site or the author; null when it is part of the headline. */
function nameKind(segment: string, separator: string, known: KnownNames): RemovedKind | null {
  const text = segment.trim();
  if (separator === "_" && CHINESE_SITE.test(text)) return "site";
  const k = key(text);
  // site names and bylines are short; a long segment is part of the headline whatever it contains
  if (k.length < 2 || wordCount(text) > 8) return null;
  if (known.sites.some((name) => name === k || containsWords(name, k))) return "site";
  if (known.domainLabel !== null && spellsOut(k.replace(/ /g, ""), known.domainLabel)) return "site";
  if (known.author !== null && (known.author === k || containsWords(known.author, k))) return "author";
  return null;
}
/** `part` is a run of whole words of `name`: "bbc" of "bbc news", "eleanor ainge roy" of "eleanor ainge roy in dunedin". */
function containsWords(name: string, part: string): boolean {
  return part.length >= 3 && ` ${name} `.includes(` ${part} `);
}

/**
 * The segment is the domain or spells it out: "nytimes" in "newyorktimes" (its letters in order, from the first
 * letter), "washingtonpost" in "washingtonpost". Only for short segments, where the letters cannot line up by chance.
 */
function spellsOut(segment: string, label: string): boolean {
  if (segment === label) return true;
  if (segment[0] !== label[0] || segment.length > label.length * 3 || segment.length > 30) return false;
  let i = 0;
  for (const ch of segment) if (ch === label[i]) i++;
  return i === label.length;
}
