// A raw article → the parsed article, fetching it first when all we have is its address (a URL list entry,
// a spreadsheet row with only a url, a feed item that carries only a teaser). Parsing runs in a worker under
// the time budget (readWithBudget.ts), so a page that would take too long fails alone.
import { IngestError } from "../ingest/ingestError";
import { type FetchLimits, fetchUrl } from "../ingest/readers/fetchUrl";
import type { ParsedArticle, RawArticle } from "../ingest/types";
import { messageOf } from "./readInput";
import { parseWithBudget, readBytesWithBudget } from "./readWithBudget";

export interface ResolveOptions { limits?: FetchLimits; /** false: never fetch; use a feed's own text */ fetch?: boolean }

export async function resolveArticle(raw: RawArticle, options: ResolveOptions = {}): Promise<ParsedArticle> {
  const fallbackTitle = raw.label.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "");
  if (raw.content.kind !== "url") return parseWithBudget(raw, fallbackTitle);
  const { url, fallback } = raw.content;
  if (options.fetch === false) {
    if (fallback) return parseWithBudget({ ...raw, content: fallback }, fallbackTitle);
    throw new IngestError(`only an address is given (${url}) and fetching is turned off`);
  }
  try {
    const page = await fetchUrl(url, options.limits);
    const found = await readBytesWithBudget({
      label: raw.label, name: page.finalUrl, sourceFile: raw.sourceFile, bytes: page.bytes, contentType: page.contentType, charset: page.charset,
      url: page.finalUrl, meta: raw.meta, defaults: raw.meta,
    });
    const only = found.length === 1 ? found[0] : null;
    if (!only || "error" in only || only.content.kind === "url") throw new IngestError(`${url} is not a single article (it holds ${found.length} items: ingest it as an input of its own)`);
    return await parseWithBudget({ ...only, found: { ...raw.found, url: page.finalUrl } }, fallbackTitle);
  } catch (e) {
    // a feed's teaser is better than nothing when the full page cannot be had
    if (!fallback) throw new IngestError(messageOf(e));
    const article = await parseWithBudget({ ...raw, content: fallback }, fallbackTitle);
    return { ...article, warnings: [...(article.warnings ?? []), `used the feed's summary: ${messageOf(e)}`] };
  }
}
