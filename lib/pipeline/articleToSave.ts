// A parsed, labelled article → the row shapes saveArticle writes.
import { toIsoDate } from "../ingest/normalizeDate";
import type { ParsedArticle } from "../ingest/types";
import { urlKey } from "../ingest/urlKey";
import type { ArticleToSave } from "../queries/writes";
import type { LoadedModel } from "./loadModel";
import { labelPassages } from "./labelPassages";

export const UNKNOWN_OUTLET = "Unknown outlet";

export function articleToSave(article: ParsedArticle, model: LoadedModel, sourceFile: string | null): ArticleToSave {
  const passages = labelPassages(article, model.model);
  return {
    title: article.title, byline: article.byline, outlet: outletName(article), url: article.url,
    urlKey: urlKey(article.canonicalUrl ?? article.url), publishedAt: toIsoDate(article.publishedTime),
    language: article.lang, contentHash: article.contentHash, sourceFile, cleanedText: article.cleanedText, modelVersion: model.version,
    passages: passages.map((p) => ({
      text: p.text, start: p.start, end: p.end, framing: p.framing, confidence: p.confidence, terms: p.terms,
      speakerName: p.speakerName, speakerRole: p.speakerRole,
    })),
  };
}

/** The outlet: the site's own name, else the address's host ("nytimes.com") rather than nothing. */
function outletName(article: ParsedArticle): string {
  if (article.siteName) return article.siteName;
  try {
    return article.url ? new URL(article.url).hostname.replace(/^www\./, "") : UNKNOWN_OUTLET;
  } catch {
    return UNKNOWN_OUTLET;
  }
}
