// One input file through the whole path: read → clean → passages → classify → (store).
import fs from "node:fs";
import path from "node:path";
import { parsePlainTextArticle } from "../ingest/buildArticle";
import { resolveMeta } from "../ingest/sources";
import type { ArticleMeta, ParsedArticle } from "../ingest/types";
import { saveArticle, type SaveResult } from "../queries/saveArticle";
import type { LoadedModel } from "./loadModel";
import { labelPassages } from "./labelPassages";

export const UNKNOWN_OUTLET = "Unknown outlet";

export function readArticleFile(file: string, flags: ArticleMeta = {}): ParsedArticle {
  const meta = resolveMeta(file, flags);
  const bytes = fs.readFileSync(file);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return parsePlainTextArticle(text, meta, path.basename(file, path.extname(file)));
}

export async function ingestFile(file: string, model: LoadedModel, flags: ArticleMeta = {}): Promise<SaveResult & { title: string }> {
  const article = readArticleFile(file, flags);
  const passages = labelPassages(article, model.model);
  const result = await saveArticle({
    title: article.title, byline: article.byline, outlet: article.siteName ?? UNKNOWN_OUTLET, url: article.url,
    publishedAt: article.publishedTime, language: article.lang, contentHash: article.contentHash,
    sourceFile: path.basename(file), cleanedText: article.cleanedText, modelVersion: model.version,
    passages: passages.map((p) => ({ text: p.text, start: p.start, end: p.end, framing: p.framing, confidence: p.confidence, terms: p.terms })),
  });
  return { ...result, title: article.title };
}
