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
  byline?: string | null;
  siteName?: string | null;
  /** as the source wrote it, ideally ISO 8601 */
  publishedTime?: string | null;
  /** BCP 47 tag */
  lang?: string | null;
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
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string;
  url: string | null;
  /** the page's own canonical address, used with the content hash to recognise duplicates */
  canonicalUrl: string | null;
  cleanedText: string;
  contentHash: string;
  passages: PassageDraft[];
  dropped: DroppedLine[];
}
