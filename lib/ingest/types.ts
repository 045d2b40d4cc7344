// Shapes shared by every reader (plain text now; HTML, feeds and bulk files later).

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
  cleanedText: string;
  contentHash: string;
  passages: PassageDraft[];
  dropped: DroppedLine[];
}
