// A text file that is nothing but web addresses (one per line; blank lines and # comments allowed) is a
// list of articles to fetch, not an article.
import type { ArticleMeta, RawArticle } from "../types";

export function readUrlList(text: string): string[] | null {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  return lines.length && lines.every((l) => /^https?:\/\/\S+$/i.test(l)) ? lines : null;
}

export function urlListArticles(urls: string[], sourceFile: string | null, defaults: ArticleMeta): RawArticle[] {
  return urls.map((url) => ({ label: url, sourceFile, content: { kind: "url", url }, meta: { ...defaults, url: defaults.url ?? null }, found: {} }));
}
