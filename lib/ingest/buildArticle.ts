// Candidate paragraphs from any reader → the article as stored: cleaned text, passages with their offsets
// into it, a hash, and metadata. Every reader (plain text, HTML, feeds, spreadsheets) ends here, so an
// article is cleaned, split and hashed the same way whatever it arrived as.
import { cleanTitle, type TitleNames } from "./cleanTitle";
import { cleanUnits } from "./cleanUnits";
import { detectLanguage } from "./detectLanguage";
import { IngestError } from "./ingestError";
import { comparableText, contentHash } from "./normalize";
import { splitIntoUnits, type Unit } from "./splitIntoUnits";
import { splitLongParagraph } from "./splitLongParagraph";
import type { ArticleMeta, FoundMeta, ParsedArticle, PassageDraft } from "./types";

export const PASSAGE_SEPARATOR = "\n\n";

export { IngestError };

/**
 * Metadata precedence, field by field: what the caller says (manifest, sidecar, flags, spreadsheet columns)
 * over what the source itself says (page metadata, feed item) over what the cleaning infers from the text.
 * A title the caller states is kept as stated; one the source gives, or the text's first line, loses the site or
 * author name appended to it (cleanTitle.ts).
 */
export function buildArticle(units: Unit[], found: FoundMeta, meta: ArticleMeta, fallbackTitle: string): ParsedArticle {
  const author = meta.author?.trim() || found.byline || null;
  const names = { siteName: found.siteName, outlet: meta.outlet, byline: author, url: meta.url?.trim() || found.url || found.canonicalUrl };
  const stated = meta.title?.trim() || null;
  const fromSource = stated === null && found.title ? cleanTitle(found.title, names) : null;
  const cleaned = cleanUnits(units, { title: stated ?? fromSource?.title ?? null, author });
  if (!cleaned.paragraphs.length) throw new IngestError("no article text left after cleaning");
  const { cleanedText, passages } = joinPassages(cleaned.paragraphs.flatMap((p) => splitLongParagraph(p)));
  // a headline found in the text (a plain-text file's first line) is cleaned the same way
  const fromText = stated === null && !fromSource && cleaned.title ? cleanTitle(cleaned.title, { ...names, byline: author || cleaned.byline }) : null;
  const sourceSiteName = found.siteName || fromSource?.siteName || siteInDocumentTitle(found.documentTitle, stated ?? fromSource?.title, names) || fromText?.siteName || null;
  return {
    title: stated ?? fromSource?.title ?? fromText?.title ?? fallbackTitle,
    byline: author || cleaned.byline,
    siteName: meta.outlet?.trim() || sourceSiteName,
    sourceSiteName,
    publishedTime: meta.published ?? found.publishedTime ?? null,
    lang: meta.language?.trim() || found.lang || detectedOr(cleanedText, found.collectionLang),
    url: meta.url?.trim() || found.url || null,
    canonicalUrl: found.canonicalUrl ?? null,
    cleanedText,
    contentHash: contentHash(cleanedText),
    passages,
    dropped: cleaned.dropped,
  };
}

/**
 * The site a page's <title> names after the headline, when the page names it nowhere else: Readability and the
 * meta tags give the headline alone, the <title> element often "headline - Site". Only when what remains of the
 * <title> is that same headline.
 */
function siteInDocumentTitle(documentTitle: string | null | undefined, title: string | null | undefined, names: TitleNames): string | null {
  if (!documentTitle || !title) return null;
  const cleaned = cleanTitle(documentTitle, names);
  return cleaned.siteName && comparableText(cleaned.title) === comparableText(title) ? cleaned.siteName : null;
}

function detectedOr(text: string, fallback?: string | null): string {
  const detected = detectLanguage(text);
  return detected === "und" && fallback ? fallback : detected;
}

export function parsePlainTextArticle(raw: string, meta: ArticleMeta, fallbackTitle: string): ParsedArticle {
  if (raw.includes("\u0000")) throw new IngestError("not a text file (it contains NUL bytes)");
  if (!raw.trim()) throw new IngestError("the file is empty");
  return buildArticle(splitIntoUnits(raw), {}, meta, fallbackTitle);
}

export function joinPassages(paragraphs: string[]): { cleanedText: string; passages: PassageDraft[] } {
  const passages: PassageDraft[] = [];
  let offset = 0;
  paragraphs.forEach((text, index) => {
    if (index > 0) offset += PASSAGE_SEPARATOR.length;
    passages.push({ index, text, start: offset, end: offset + text.length });
    offset += text.length;
  });
  return { cleanedText: paragraphs.join(PASSAGE_SEPARATOR), passages };
}
