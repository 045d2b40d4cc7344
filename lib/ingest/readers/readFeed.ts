// An RSS 2.0, RSS 1.0 (RDF) or Atom feed → one raw article per item. An item's body is its full content
// (content:encoded, Atom <content>) or else its summary; an item with only a short summary is fetched from
// its link when the pipeline is allowed to, since many feeds carry only a teaser.
import { XMLParser } from "fast-xml-parser";
import { IngestError } from "../ingestError";
import { toIsoTimestamp } from "../normalizeDate";
import { wordCount } from "../normalize";
import type { ArticleMeta, RawArticle, RawContent } from "../types";
import { markupStart, opensTag } from "./markupStart";
import { absoluteHttpUrl } from "./pageMetadata";

/** Fewer words than this in the feed's own text means a teaser, not the article. */
export const TEASER_WORDS = 80;

type Node = Record<string, unknown>;

export function looksLikeFeed(text: string): boolean {
  return opensTag(text, markupStart(text), ["rss", "feed", "rdf:rdf"]);
}

export function readFeed(xml: string, label: string, sourceFile: string | null, defaults: ArticleMeta, feedUrl?: string | null): RawArticle[] {
  let doc: Node;
  try {
    doc = new XMLParser({
      ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", htmlEntities: true,
      isArray: (name) => ["item", "entry", "link", "author", "dc:creator", "category"].includes(name),
    }).parse(xml) as Node;
  } catch (e) {
    throw new IngestError(`not a readable feed (${e instanceof Error ? e.message : String(e)})`);
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc["rdf:RDF"] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const channel = (rss?.channel ?? rdf?.channel ?? atom) as Node | undefined;
  if (!channel) throw new IngestError("not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)");
  const items = ((rss ? (rss.channel as Node).item : rdf ? rdf.item : atom?.entry) ?? []) as Node[];
  if (!items.length) throw new IngestError("the feed has no items");
  const siteName = text(channel.title);
  const lang = text(channel.language) ?? text(channel["dc:language"]) ?? text(atom?.["@xml:lang"]);
  return items.map((item, i) => {
    const url = absoluteHttpUrl(linkOf(item), feedUrl);
    const body = bodyOf(item);
    // full content (content:encoded, Atom <content>) is the article; a short summary alone is a teaser
    const teaser = !body || (!body.full && wordsIn(body.content) < TEASER_WORDS);
    return {
      label: `${label}#item ${i + 1}`,
      sourceFile,
      content: url && teaser ? { kind: "url", url, fallback: body?.content } : body?.content ?? { kind: "text", text: "" },
      meta: {},
      found: {
        title: text(item.title), byline: authorOf(item) ?? defaults.author ?? null, siteName: defaults.outlet ?? siteName,
        publishedTime: toIsoTimestamp(text(item.pubDate) ?? text(item["dc:date"]) ?? text(item.published) ?? text(item.updated)) ?? defaults.published ?? null,
        lang: defaults.language, collectionLang: lang, url, canonicalUrl: url,
      },
    };
  });
}

function bodyOf(item: Node): { content: RawContent; full: boolean } | null {
  for (const key of ["content:encoded", "content", "description", "summary"]) {
    const v = item[key];
    const body = text(v);
    if (!body) continue;
    const type = v && typeof v === "object" ? String((v as Node)["@type"] ?? "") : "";
    const full = key === "content:encoded" || key === "content";
    return { content: type === "text" ? { kind: "text", text: body } : { kind: "html-fragment", html: body }, full };
  }
  return null;
}

function linkOf(item: Node): string | null {
  const links = (item.link ?? []) as unknown[];
  for (const l of links) {
    if (typeof l === "string" && l.trim()) return l.trim();
    const node = l as Node;
    if (node?.["@href"] && (!node["@rel"] || node["@rel"] === "alternate")) return String(node["@href"]);
  }
  const guid = item.guid as Node | string | undefined;
  const g = text(guid);
  return g && /^https?:\/\//.test(g) && !(typeof guid === "object" && guid["@isPermaLink"] === "false") ? g : null;
}

function authorOf(item: Node): string | null {
  const list = [...((item["dc:creator"] ?? []) as unknown[]), ...((item.author ?? []) as unknown[])];
  const names = list.map((a) => (a && typeof a === "object" && "name" in (a as Node) ? text((a as Node).name) : text(a))).filter((n): n is string => !!n);
  // RSS <author> is an e-mail address, often "jo@example.org (Jo Bloggs)"
  const cleaned = names.map((n) => n.match(/\(([^()]+)\)\s*$/)?.[1] ?? n).filter((n) => !/^[^\s@]+@\S+$/.test(n));
  return cleaned.length ? [...new Set(cleaned)].join(", ") : null;
}

function text(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && "#text" in (v as Node)) return text((v as Node)["#text"]);
  return null;
}

function wordsIn(content: RawContent): number {
  const t = content.kind === "text" ? content.text : content.kind === "html-fragment" ? content.html.replace(/<[^<>]*>/g, " ") : "";
  return wordCount(t);
}
