// An HTML page (or a fragment of one, such as a feed item's body) → candidate paragraphs + metadata.
// linkedom builds the DOM and @mozilla/readability finds the article in it; docs/html-extraction.md has
// the measurements behind that choice and the order in which metadata sources are preferred.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { flattenDeepNesting } from "./nestingDepth";
import { IngestError } from "../ingestError";
import type { Unit } from "../splitIntoUnits";
import type { FoundMeta } from "../types";
import { htmlToUnits } from "./htmlBlocks";
import { markupStart, opensTag } from "./markupStart";
import { absoluteHttpUrl, readPageMetadata } from "./pageMetadata";

export interface HtmlReading { units: Unit[]; found: FoundMeta }

export function looksLikeHtml(text: string): boolean {
  const at = markupStart(text);
  return /^<!doctype\s+html/i.test(text.slice(at, at + 20)) || opensTag(text, at, ["html", "head", "body", "meta"]);
}

/** A whole page: Readability chooses the article; metadata comes from Readability, then the page's own tags. */
export function readHtmlPage(html: string, pageUrl?: string | null): HtmlReading {
  const doc = parseDocument(html);
  const own = readPageMetadata(doc, pageUrl);
  let article: ReturnType<Readability<Element>["parse"]>;
  try {
    article = new Readability<Element>(doc, { keepClasses: true, serializer: (el) => el as Element }).parse();
  } catch (e) {
    throw new IngestError(`could not extract the article from the page (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!article?.content) throw new IngestError("no article found in the page");
  const canonicalUrl = own.canonicalUrl;
  return {
    units: htmlToUnits(article.content),
    found: {
      title: article.title?.trim() || own.title,
      documentTitle: own.documentTitle,
      byline: nameOrNull(article.byline) ?? own.author,
      siteName: article.siteName?.trim() || own.siteName,
      publishedTime: article.publishedTime?.trim() || own.publishedTime,
      lang: article.lang?.trim() || own.lang,
      url: absoluteHttpUrl(pageUrl) ?? canonicalUrl,
      canonicalUrl,
    },
  };
}

/** A piece of article HTML with no page around it (a feed item, a spreadsheet cell): no Readability. */
export function readHtmlFragment(html: string): Unit[] {
  const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  return htmlToUnits(doc.body);
}

function parseDocument(html: string): Document {
  // deep nesting is unwrapped before the DOM is built (nestingDepth.ts); only absurd depths are refused
  const { html: flat } = flattenDeepNesting(html);
  try {
    return parseHTML(flat).document as unknown as Document;
  } catch (e) {
    throw new IngestError(`could not parse the HTML (${e instanceof Error ? e.message : String(e)})`);
  }
}

const DATE_WORDS = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon|tue|wed|thu|fri|sat|sun|[a-z]+day|at|am|pm|updated|published|posted|on|gmt|utc|[ap]\.m\.)\b/gi;
/** Readability sometimes takes a dateline for the byline ("April 28, 2019 at 6:01 am"): that is no name. */
function nameOrNull(byline: string | null | undefined): string | null {
  const b = byline?.trim();
  if (!b) return null;
  const rest = b.replace(DATE_WORDS, "").replace(/[\d\s.,:;|/–-]+/g, "");
  return rest.length >= 2 ? b : null;
}
