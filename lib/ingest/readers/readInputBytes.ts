// The bytes of one input (a file, or a fetched page) → the articles in it. Which reader applies is decided
// by the server's Content-Type, then the file extension, then the content itself, so a saved page named
// .txt or a feed served as text/xml still reads right.
import path from "node:path";
import { decodeText } from "../decodeText";
import { IngestError } from "../ingestError";
import type { ArticleMeta, RawArticle, ReadFailure } from "../types";
import { looksLikeFeed, readFeed } from "./readFeed";
import { looksLikeHtml } from "./readHtml";
import { looksLikeMhtml, readMhtml } from "./readMhtml";
import { readCsv, readJsonl } from "./readTable";
import { readUrlList, urlListArticles } from "./readUrlList";

export interface InputBytes {
  label: string;
  /** file name or URL: its extension is a hint to the format */
  name: string;
  sourceFile: string | null;
  bytes: Uint8Array;
  contentType?: string | null;
  charset?: string | null;
  /** the address the bytes were fetched from */
  url?: string | null;
  /** for a single-article input: manifest, sidecar and flags, which win over the page's own metadata */
  meta: ArticleMeta;
  /** for a multi-article input (feed, spreadsheet, URL list): the flags, which fill what a row leaves empty */
  defaults: ArticleMeta;
}

export type InputFormat = "html" | "feed" | "csv" | "jsonl" | "text";

const BY_EXTENSION: Record<string, InputFormat> = {
  ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".mhtml": "html", ".mht": "html",
  ".xml": "feed", ".rss": "feed", ".atom": "feed",
  ".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl",
  ".txt": "text", ".text": "text", ".md": "text",
};

export const INPUT_EXTENSIONS = Object.keys(BY_EXTENSION).filter((e) => e !== ".md");

export function readInputBytes(input: InputBytes): (RawArticle | ReadFailure)[] {
  const type = input.contentType ?? "";
  if (type && !/^(text\/|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml|json|x-ndjson|jsonl|ld\+json)|application\/octet-stream)/.test(type)) {
    throw new IngestError(`not a web page or text (the server says it is ${type})`);
  }
  const { label, sourceFile, meta, defaults } = input;
  if (looksLikeMhtml(input.bytes)) {
    const page = readMhtml(input.bytes);
    return [{ label, sourceFile, content: { kind: "html-page", html: page.html, url: input.url ?? page.url }, meta, found: {} }];
  }
  const { text } = decodeText(input.bytes, input.charset);
  if (!text.trim()) throw new IngestError("the file is empty");
  switch (formatOf(input, text)) {
    case "feed": return readFeed(text, label, sourceFile, defaults, input.url);
    case "csv": return readCsv(text, label, sourceFile, defaults);
    case "jsonl": return readJsonl(text, label, sourceFile, defaults);
    case "html": return [{ label, sourceFile, content: { kind: "html-page", html: text, url: input.url }, meta, found: {} }];
    case "text": {
      const urls = readUrlList(text);
      return urls ? urlListArticles(urls, sourceFile, defaults) : [{ label, sourceFile, content: { kind: "text", text }, meta, found: {} }];
    }
  }
}

function formatOf(input: InputBytes, text: string): InputFormat {
  const type = input.contentType ?? "";
  if (/html/.test(type)) return looksLikeFeed(text) ? "feed" : "html";
  if (/(rss|atom|rdf|xml)/.test(type)) return looksLikeFeed(text) ? "feed" : looksLikeHtml(text) ? "html" : "feed";
  if (/csv/.test(type)) return "csv";
  if (/(ndjson|jsonl)/.test(type)) return "jsonl";
  let ext = path.extname(input.name.split(/[?#]/)[0]).toLowerCase();
  if (/^https?:/i.test(input.name) && !BY_EXTENSION[ext]) ext = "";
  const byExt = BY_EXTENSION[ext];
  if (byExt === "csv" || byExt === "jsonl") return byExt;
  if (looksLikeFeed(text)) return "feed";
  if (looksLikeHtml(text) || byExt === "html") return "html";
  if (byExt === "feed") throw new IngestError("not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)");
  return "text";
}
