// Cleaned paragraphs → the article as stored: cleaned text, passages with their offsets into it, and a hash.
import { cleanPlainText } from "./cleanPlainText";
import { contentHash } from "./normalize";
import type { ArticleMeta, ParsedArticle, PassageDraft } from "./types";

export const PASSAGE_SEPARATOR = "\n\n";

export class IngestError extends Error {}

export function parsePlainTextArticle(raw: string, meta: ArticleMeta, fallbackTitle: string): ParsedArticle {
  if (raw.includes("\u0000")) throw new IngestError("not a text file (it contains NUL bytes)");
  if (!raw.trim()) throw new IngestError("the file is empty");
  const cleaned = cleanPlainText(raw, { title: meta.title, author: meta.author });
  if (!cleaned.paragraphs.length) throw new IngestError("no article text left after cleaning");
  const { cleanedText, passages } = joinPassages(cleaned.paragraphs);
  return {
    title: cleaned.title ?? fallbackTitle,
    byline: meta.author?.trim() || cleaned.byline,
    siteName: meta.outlet?.trim() || null,
    publishedTime: meta.published ?? null,
    lang: meta.language ?? "en",
    url: meta.url ?? null,
    cleanedText,
    contentHash: contentHash(cleanedText),
    passages,
    dropped: cleaned.dropped,
  };
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
