// The article described by a page's JSON-LD (schema.org NewsArticle and its relatives), if any.

export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  /** often the CMS record's creation, not publication: a last resort */
  dateCreated: string | null;
  inLanguage: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting|WebPage)$/;

type Json = Record<string, unknown>;

export function readJsonLd(doc: Document): JsonLdArticle | null {
  const nodes: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ""), nodes);
    } catch {
      // malformed JSON-LD is common; the page's other metadata still counts
    }
  }
  const types = (n: Json) => [n["@type"]].flat().map(String);
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage")) ?? nodes.find((n) => types(n).includes("WebPage"));
  if (!article) return null;
  return {
    headline: text(article.headline) ?? text(article.name),
    author: names(article.author),
    publisher: names(article.publisher),
    datePublished: text(article.datePublished),
    dateCreated: text(article.dateCreated),
    inLanguage: text(article.inLanguage),
    url: text(article.url) ?? idOf(article.mainEntityOfPage),
  };
}

function collect(value: unknown, out: Json[]): void {
  if (Array.isArray(value)) value.forEach((v) => collect(v, out));
  else if (value && typeof value === "object") {
    const obj = value as Json;
    out.push(obj);
    if (obj["@graph"]) collect(obj["@graph"], out);
  }
}

function text(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

function names(v: unknown): string | null {
  const list = [v].flat().map((x) => (typeof x === "string" ? x : x && typeof x === "object" ? text((x as Json).name) : null)).filter((x): x is string => !!x?.trim());
  return list.length ? list.join(", ") : null;
}

function idOf(v: unknown): string | null {
  return text(v) ?? (v && typeof v === "object" ? text((v as Json)["@id"]) ?? text((v as Json).url) : null);
}
