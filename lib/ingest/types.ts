// Shapes shared by every reader: plain text, HTML pages, feed items, spreadsheet rows.

/** What is known about an article before its text is read: from a manifest, a sidecar JSON or CLI flags. */
export interface ArticleMeta {
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  url?: string | null;
  /** ISO date, YYYY-MM-DD */
  published?: string | null;
  language?: string | null;
}

/** What the source itself says about the article: page metadata, a feed item's fields. */
export interface FoundMeta {
  title?: string | null;
  /** a page's <title> element: read only for the site name it may carry after the headline */
  documentTitle?: string | null;
  byline?: string | null;
  siteName?: string | null;
  /** as the source wrote it, ideally ISO 8601 */
  publishedTime?: string | null;
  /** BCP 47 tag */
  lang?: string | null;
  /** a language declared for a whole collection (a feed's <language>): used only when the text's own cannot be detected */
  collectionLang?: string | null;
  /** the address the article was read from, or the one the page names as its own */
  url?: string | null;
  /** the address the page declares as its canonical one (<link rel=canonical>, og:url, JSON-LD) */
  canonicalUrl?: string | null;
}

export interface DroppedLine {
  text: string;
  reason: string;
}

export interface PassageDraft {
  index: number;
  text: string;
  /** [start, end) into ParsedArticle.cleanedText */
  start: number;
  end: number;
}

export interface ParsedArticle {
  /** the headline: as the caller states it, else the source's without the site or author appended (cleanTitle.ts) */
  title: string;
  byline: string | null;
  /** the outlet as the caller names it, else the source's own site name */
  siteName: string | null;
  /** the site's name as the source itself gives it (page metadata, a feed's title, or the site its title carried) */
  sourceSiteName: string | null;
  publishedTime: string | null;
  lang: string;
  url: string | null;
  /** the page's own canonical address, used with the content hash to recognise duplicates */
  canonicalUrl: string | null;
  cleanedText: string;
  contentHash: string;
  passages: PassageDraft[];
  dropped: DroppedLine[];
  /** things the user should know that did not stop the article (a page that could not be fetched, say) */
  warnings?: string[];
}

/** The body of one article as a reader found it, before cleaning. */
export type RawContent =
  | { kind: "text"; text: string }
  /** a whole page: Readability looks for the article in it */
  | { kind: "html-page"; html: string; url?: string | null }
  /** article HTML without a page around it: a feed item's body, a spreadsheet cell */
  | { kind: "html-fragment"; html: string }
  /** only an address: the pipeline fetches it, and falls back to `fallback` (a feed summary) if that fails */
  | { kind: "url"; url: string; fallback?: RawContent };

/** One article from an input, ready for the shared cleaning core (after any fetching). */
export interface RawArticle {
  /** how reports name it: "page.html", "feed.xml#item 3", "export.csv#row 2", "https://…" */
  label: string;
  /** the file name stored with the article */
  sourceFile: string | null;
  content: RawContent;
  /** what the caller says: manifest, sidecar, flags, spreadsheet columns; wins over `found` */
  meta: ArticleMeta;
  /** what the source says: a feed item's fields */
  found: FoundMeta;
}

/** An input, or a row or item of one, that could not be read: reported and skipped, never fatal. */
export interface ReadFailure { label: string; error: string }
