// A raw article → the parsed article, fetching it first when all we have is its address (a URL list entry,
// a spreadsheet row with only a url, a feed item that carries only a teaser).
import { IngestError } from "../ingest/ingestError";
import { parseRawArticle } from "../ingest/parseRawArticle";
import { type FetchLimits, fetchUrl } from "../ingest/readers/fetchUrl";
import { readInputBytes } from "../ingest/readers/readInputBytes";
import type { ParsedArticle, RawArticle } from "../ingest/types";
import { messageOf } from "./readInput";

export interface ResolveOptions { limits?: FetchLimits; /** false: never fetch; use a feed's own text */ fetch?: boolean }

export async function resolveArticle(raw: RawArticle, options: ResolveOptions = {}): Promise<ParsedArticle> {
  const fallbackTitle = raw.label.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "");
  if (raw.content.kind !== "url") return parseRawArticle(raw, fallbackTitle);
  const { url, fallback } = raw.content;
  if (options.fetch === false) {
    if (fallback) return parseRawArticle({ ...raw, content: fallback }, fallbackTitle);
    throw new IngestError(`only an address is given (${url}) and fetching is turned off`);
  }
  try {
    const page = await fetchUrl(url, options.limits);
    const found = readInputBytes({
      label: raw.label, name: page.finalUrl, sourceFile: raw.sourceFile, bytes: page.bytes, contentType: page.contentType, charset: page.charset,
      url: page.finalUrl, meta: raw.meta, defaults: raw.meta,
    });
    const only = found.length === 1 ? found[0] : null;
    if (!only || "error" in only || only.content.kind === "url") throw new IngestError(`${url} is not a single article (it holds ${found.length} items: ingest it as an input of its own)`);
    return parseRawArticle({ ...only, found: { ...raw.found, url: page.finalUrl } }, fallbackTitle);
  } catch (e) {
    // a feed's teaser is better than nothing when the full page cannot be had
    if (!fallback) throw new IngestError(messageOf(e));
    const article = parseRawArticle({ ...raw, content: fallback }, fallbackTitle);
    return { ...article, warnings: [...(article.warnings ?? []), `used the feed's summary: ${messageOf(e)}`] };
  }
}
