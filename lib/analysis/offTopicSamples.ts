// The articles the off-topic measurement and its tests score: a folder of text articles (a collection, with
// its manifest's titles, or the project-written off-topic fixtures) or a folder of saved pages (one source.html
// per sub-folder, as ../shared/corpora/readability-pages), read through the same cleaning as ingestion.
import fs from "node:fs";
import path from "node:path";
import { buildArticle, parsePlainTextArticle } from "../ingest/buildArticle";
import { decodeText } from "../ingest/decodeText";
import { readHtmlPage } from "../ingest/readers/readHtml";
import { resolveMeta } from "../ingest/sources";
import type { ParsedArticle } from "../ingest/types";
import { type ArticleTerms, articleTerms } from "./offTopicProfile";

export interface ScoredSample {
  name: string;
  title: string;
  terms: ArticleTerms;
}

function sampleOf(name: string, article: ParsedArticle): ScoredSample {
  return { name, title: article.title, terms: articleTerms(article.passages.map((p) => p.text)) };
}

/** Every .txt file of a folder, in name order. */
export function readTextFolder(dir: string): ScoredSample[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const file = path.join(dir, f);
    return sampleOf(f, parsePlainTextArticle(fs.readFileSync(file, "utf8"), resolveMeta(file), f));
  });
}

/** Each sub-folder's source.html, in name order. */
export function readPageFolder(dir: string): ScoredSample[] {
  return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().map((name) => {
    const html = decodeText(fs.readFileSync(path.join(dir, name, "source.html"))).text;
    const reading = readHtmlPage(html);
    return sampleOf(name, buildArticle(reading.units, reading.found, {}, name));
  });
}
