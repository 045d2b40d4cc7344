// Spreadsheet exports (CSV, TSV) and JSON Lines → one raw article per row. Each row carries its text,
// its HTML or only its URL, plus optional title, outlet, published, author and language columns.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { IngestError } from "../ingestError";
import { toIsoDate } from "../normalizeDate";
import type { ArticleMeta, RawArticle, RawContent, ReadFailure } from "../types";
import { looksLikeHtml } from "./readHtml";

// Column names as exports spell them → the field they fill.
const ALIASES: Record<string, string> = {
  text: "text", body: "text", content: "text", article: "text",
  html: "html",
  url: "url", link: "url", address: "url",
  title: "title", headline: "title",
  outlet: "outlet", site: "outlet", sitename: "outlet", source: "outlet", publisher: "outlet",
  published: "published", date: "published", publishedat: "published", published_at: "published", publishedtime: "published", pubdate: "published",
  author: "author", byline: "author", authors: "author",
  language: "language", lang: "language",
};

const cell = z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? undefined : String(v).trim() || undefined));
const rowSchema = z.object({ text: cell, html: cell, url: cell, title: cell, outlet: cell, published: cell, author: cell, language: cell });
type Row = z.infer<typeof rowSchema>;

export function readCsv(content: string, label: string, sourceFile: string | null, defaults: ArticleMeta): (RawArticle | ReadFailure)[] {
  const firstLine = content.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
  // Excel in many locales exports with ";" — the header line says which separator the file uses
  const delimiter = [",", ";", "\t"].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0].d;
  let table: string[][];
  try {
    table = parse(content, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, relax_quotes: true });
  } catch (e) {
    throw new IngestError(`not a readable CSV file (${e instanceof Error ? e.message : String(e)})`);
  }
  const header = (table[0] ?? []).map(columnName);
  requireBodyColumn(header);
  return table.slice(1).map((cells, i) => fromRow(Object.fromEntries(header.map((h, c) => [h, cells[c]])), `${label}#row ${i + 1}`, sourceFile, defaults));
}

export function readJsonl(content: string, label: string, sourceFile: string | null, defaults: ArticleMeta): (RawArticle | ReadFailure)[] {
  const out: (RawArticle | ReadFailure)[] = [];
  content.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const rowLabel = `${label}#line ${i + 1}`;
    try {
      const obj = JSON.parse(line) as unknown;
      if (!obj || typeof obj !== "object" || Array.isArray(obj)) throw new Error("not a JSON object");
      out.push(fromRow(Object.fromEntries(Object.entries(obj).map(([k, v]) => [columnName(k), v])), rowLabel, sourceFile, defaults));
    } catch (e) {
      out.push({ label: rowLabel, error: `invalid JSON (${e instanceof Error ? e.message : String(e)})` });
    }
  });
  if (!out.length) throw new IngestError("the file is empty");
  return out;
}

function columnName(name: string): string {
  const key = name.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return ALIASES[key] ?? ALIASES[key.replace(/_/g, "")] ?? key;
}

function requireBodyColumn(columns: string[]): void {
  if (!columns.length) throw new IngestError("the file is empty");
  if (!columns.some((c) => c === "text" || c === "html" || c === "url")) {
    throw new IngestError(`no text, html or url column (columns found: ${columns.join(", ") || "none"})`);
  }
}

/** Row values win over the run's flags, which fill only what a row leaves empty. */
function fromRow(record: Record<string, unknown>, label: string, sourceFile: string | null, defaults: ArticleMeta): RawArticle | ReadFailure {
  const parsed = rowSchema.safeParse(record);
  if (!parsed.success) return { label, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  const row: Row = parsed.data;
  const published = row.published ? toIsoDate(row.published) : undefined;
  if (row.published && !published) return { label, error: `published: cannot read "${row.published}" as a date (write it as YYYY-MM-DD)` };
  const content = contentOf(row);
  if (!content) return { label, error: "the row has no text, html or url" };
  return {
    label, sourceFile, content, found: {},
    meta: {
      title: row.title ?? defaults.title, outlet: row.outlet ?? defaults.outlet, author: row.author ?? defaults.author,
      url: row.url ?? defaults.url, published: published ?? defaults.published, language: row.language ?? defaults.language,
    },
  };
}

function contentOf(row: Row): RawContent | null {
  if (row.html) return looksLikeHtml(row.html) ? { kind: "html-page", html: row.html, url: row.url } : { kind: "html-fragment", html: row.html };
  if (row.text) return { kind: "text", text: row.text };
  if (row.url) return { kind: "url", url: row.url };
  return null;
}
