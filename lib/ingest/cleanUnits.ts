// The one cleaning core every reader shares: candidate paragraphs ("units") from plain text, HTML blocks,
// feed items or spreadsheet rows → the paragraphs worth analysing, plus every unit dropped and why.
import { isBylineLine, isCaption, isFurniture, looksLikeHeading, looksLikeProse, startsLinkList } from "./cleaningRules";
import { comparableText, wordCount } from "./normalize";
import type { Unit } from "./splitIntoUnits";
import type { DroppedLine } from "./types";

export interface CleanedText {
  /** the headline: the metadata's title, else the first line when it reads like one */
  title: string | null;
  /** the byline line found in the page header, if any */
  byline: string | null;
  paragraphs: string[];
  dropped: DroppedLine[];
}

export const REASONS = {
  headline: "headline (repeats the title)",
  caption: "image caption or photo credit",
  altText: "image description beside a caption",
  byline: "byline",
  subheading: "section subheading",
  pullQuote: "pull quote (repeats a paragraph of the article)",
  furniture: "site furniture",
  linkList: "site furniture (linked headline after a 'watch/read more' line)",
} as const;

export interface CleaningHints { title?: string | null; author?: string | null }

export function cleanUnits(units: Unit[], hints: CleaningHints = {}): CleanedText {
  const title = hints.title?.trim() || detectHeadline(units);
  const titleKey = title ? comparableText(title) : null;
  const bodyStart = units.findIndex((u) => looksLikeProse(u.text) && !isCaption(u.text) && !isFurniture(u.text));
  const reasons: (string | null)[] = units.map(() => null);
  let byline: string | null = null;
  let inLinkList = false;

  units.forEach((unit, i) => {
    const { text } = unit;
    if (unit.reason) { reasons[i] = unit.reason; return; }
    if (inLinkList && (looksLikeProse(text) || !looksLikeHeading(text, 25))) inLinkList = false;
    if (isFurniture(text)) {
      reasons[i] = REASONS.furniture;
      inLinkList ||= startsLinkList(text);
    } else if (inLinkList) reasons[i] = REASONS.linkList;
    else if (titleKey && comparableText(text) === titleKey) reasons[i] = REASONS.headline;
    else if (isCaption(text)) reasons[i] = REASONS.caption;
    else if (isBylineInHeader(text, i < bodyStart || bodyStart < 0, hints.author)) {
      reasons[i] = REASONS.byline;
      byline ??= text.replace(BY_PREFIX, "");
    } else if (isAltTextBesideCaption(units, i)) reasons[i] = REASONS.altText;
    // a lede set in a heading tag is still prose
    else if ((unit.heading && !looksLikeProse(text)) || looksLikeHeading(text)) reasons[i] = REASONS.subheading;
  });
  markPullQuotes(units, reasons);

  return {
    title,
    byline,
    paragraphs: units.filter((_, i) => !reasons[i]).map((u) => u.text),
    dropped: units.flatMap((u, i) => (reasons[i] ? [{ text: u.text, reason: reasons[i] }] : [])),
  };
}

const BY_PREFIX = /^(by|written by|words by|reporting by|text by)\s+/i;

/** A byline is a short line in the page header; the author's exact name counts anywhere. */
function isBylineInHeader(text: string, inHeader: boolean, author?: string | null): boolean {
  if (author && text.replace(BY_PREFIX, "").toLowerCase() === author.trim().toLowerCase()) return true;
  return inHeader && isBylineLine(text, author);
}

function detectHeadline(units: Unit[]): string | null {
  const first = units[0]?.text;
  return first && wordCount(first) <= 30 && !/[.;,]$/.test(first) ? first : null;
}

/** Saved pages put an image's alt text and its caption on neighbouring lines of one block. */
function isAltTextBesideCaption(units: Unit[], i: number): boolean {
  const { text, block } = units[i];
  if (wordCount(text) > 12) return false;
  return [units[i - 1], units[i + 1]].some((n) => n && n.block === block && isCaption(n.text));
}

/**
 * A pull quote repeats a paragraph (or a sentence of one) elsewhere in the article. Keep the fuller or
 * earlier occurrence, drop the repeat. Comparison ignores case and punctuation, since pull quotes are often
 * re-punctuated.
 */
function markPullQuotes(units: Unit[], reasons: (string | null)[]): void {
  const kept = units.map((u, i) => ({ i, key: comparableText(u.text) })).filter(({ i }) => !reasons[i]);
  for (const a of kept) {
    // exact repeats of any length go; a short line inside a longer paragraph is too weak a signal
    if (a.key.split(" ").length < 6 && !kept.some((b) => b.i < a.i && !reasons[b.i] && b.key === a.key)) continue;
    const repeatOf = kept.find((b) => b.i !== a.i && !reasons[b.i] && b.key.includes(a.key) && (b.key.length > a.key.length || b.i < a.i));
    if (repeatOf) reasons[a.i] = REASONS.pullQuote;
  }
}
