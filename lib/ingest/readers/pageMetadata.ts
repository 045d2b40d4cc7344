// Metadata a page states about itself outside the article text: JSON-LD, OpenGraph and article:* meta
// tags, Dublin Core and other common meta names, <link rel=canonical>, <html lang>. Read before
// Readability runs, because Readability removes <script> elements (and so the JSON-LD) as it works.
import { readJsonLd } from "./jsonLd";

export interface PageMetadata {
  title: string | null;
  /** the <title> element's text, which often names the site after the headline */
  documentTitle: string | null;
  author: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
}

// Within each field, the first source that has a value wins.
const AUTHOR = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl"];
const PUBLISHED = ["article:published_time", "article:published", "datepublished", "og:published_time", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "date", "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dcsext.articlefirstpublished"];
const SITE = ["og:site_name", "application-name", "dc.publisher"];
const TITLE = ["og:title", "twitter:title", "dc.title", "title"];

export function readPageMetadata(doc: Document, baseUrl?: string | null): PageMetadata {
  const meta = metaTags(doc);
  const ld = readJsonLd(doc);
  const pick = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => !!v) ?? null;
  const html = doc.documentElement;
  const locale = meta.get("og:locale")?.replace("_", "-") ?? null;
  const documentTitle = doc.querySelector("title")?.textContent?.trim() || null;
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute("href") ?? meta.get("og:url") ?? ld?.url ?? null;
  return {
    title: ld?.headline ?? pick(TITLE) ?? documentTitle,
    documentTitle,
    author: ld?.author ?? notAUrl(pick(AUTHOR)),
    siteName: ld?.publisher ?? pick(SITE),
    publishedTime: ld?.datePublished ?? pick(PUBLISHED) ?? doc.querySelector("time[pubdate][datetime], time[itemprop=datePublished][datetime]")?.getAttribute("datetime") ?? ld?.dateCreated ?? null,
    lang: html?.getAttribute("lang")?.trim() || html?.getAttribute("xml:lang")?.trim() || meta.get("content-language") || ld?.inLanguage || locale,
    canonicalUrl: absoluteHttpUrl(canonical, baseUrl),
  };
}

/** meta name/property/itemprop/http-equiv → content, keys lowercased, first occurrence kept. */
function metaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of doc.querySelectorAll("meta[content]")) {
    const content = el.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function notAUrl(v: string | null): string | null {
  return v && !/^https?:\/\//i.test(v) ? v : null;
}

export function absoluteHttpUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}
