// A parsed, labelled article → the row shapes saveArticle writes.
import { toIsoDate } from "../ingest/normalizeDate";
import { siteFromAddress } from "../ingest/siteFromAddress";
import type { ParsedArticle } from "../ingest/types";
import { urlKey } from "../ingest/urlKey";
import type { ArticleToSave } from "../queries/writes";
import type { LoadedModel } from "./loadModel";
import { labelPassages } from "./labelPassages";

export const UNKNOWN_OUTLET = "Unknown outlet";

export function articleToSave(article: ParsedArticle, model: LoadedModel, sourceFile: string | null): ArticleToSave {
  const passages = labelPassages(article, model.model);
  return {
    title: article.title, byline: article.byline, outlet: outletName(article), siteName: article.sourceSiteName, url: article.url,
    urlKey: urlKey(article.canonicalUrl ?? article.url), publishedAt: toIsoDate(article.publishedTime),
    language: article.lang, contentHash: article.contentHash, sourceFile, cleanedText: article.cleanedText, modelVersion: model.version,
    passages: passages.map((p) => ({
      text: p.text, start: p.start, end: p.end, framing: p.framing, confidence: p.confidence, terms: p.terms,
      speakerName: p.speakerName, speakerRole: p.speakerRole,
    })),
  };
}

/**
 * The outlet: as the flags, manifest or sidecar name it, else as the page names its site, else the site its address
 * (or canonical address) belongs to ("example.co.uk", lib/ingest/siteFromAddress.ts), else "Unknown outlet".
 */
export function outletName(article: Pick<ParsedArticle, "siteName" | "url" | "canonicalUrl">): string {
  return article.siteName ?? siteFromAddress(article.url) ?? siteFromAddress(article.canonicalUrl) ?? UNKNOWN_OUTLET;
}
