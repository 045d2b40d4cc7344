// One raw article, whatever reader produced it → the parsed article, through the one cleaning core.
import { buildArticle, parsePlainTextArticle } from "./buildArticle";
import { IngestError } from "./ingestError";
import { readHtmlFragment, readHtmlPage } from "./readers/readHtml";
import { splitIntoUnits } from "./splitIntoUnits";
import type { FoundMeta, ParsedArticle, RawArticle, RawContent } from "./types";

export function parseRawArticle(raw: RawArticle, fallbackTitle: string): ParsedArticle {
  return parseContent(raw.content, raw, fallbackTitle);
}

function parseContent(content: RawContent, raw: RawArticle, fallbackTitle: string): ParsedArticle {
  switch (content.kind) {
    case "text":
      if (!Object.keys(raw.found).length) return parsePlainTextArticle(content.text, raw.meta, fallbackTitle);
      if (!content.text.trim()) throw new IngestError("no text");
      return buildArticle(splitIntoUnits(content.text), raw.found, raw.meta, fallbackTitle);
    case "html-page": {
      const page = readHtmlPage(content.html, content.url);
      // the page knows more about itself than a feed item or a list does; they fill its gaps
      return buildArticle(page.units, { ...definedOnly(raw.found), ...definedOnly(page.found) }, raw.meta, fallbackTitle);
    }
    case "html-fragment": {
      const units = readHtmlFragment(content.html);
      if (!units.length) throw new IngestError("no text");
      return buildArticle(units, raw.found, raw.meta, fallbackTitle);
    }
    case "url":
      if (content.fallback) return parseContent(content.fallback, raw, fallbackTitle);
      throw new IngestError(`${content.url} has to be fetched first`);
  }
}

function definedOnly(found: FoundMeta): FoundMeta {
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined && v !== null && v !== "")) as FoundMeta;
}
