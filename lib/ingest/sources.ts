// Which files an ingest run reads, and what is known about each before reading it: a folder manifest
// (an array shaped like ../shared/seeds/seeds.json), a NAME.json sidecar, then command-line flags.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { INPUT_EXTENSIONS } from "./readers/readInputBytes";
import type { ArticleMeta } from "./types";

/** What a folder is searched for: text, saved pages, feeds and spreadsheet exports. */
export const ARTICLE_EXTENSIONS = INPUT_EXTENSIONS;

const entrySchema = z.object({
  file: z.string().optional(),
  title: z.string().nullish(),
  outlet: z.string().nullish(),
  author: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "published must be a YYYY-MM-DD date").nullish(),
  language: z.string().nullish(),
});
const manifestSchema = z.array(entrySchema.extend({ file: z.string() }));

/**
 * Files, folders (recursively) and web addresses → the inputs to read, in the order given (a folder's files
 * sorted), each once. `files` lists the files alone.
 */
export function collectInputFiles(inputs: string[]): { inputs: string[]; files: string[]; missing: string[] } {
  const files = new Set<string>();
  const all = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) { all.add(input); continue; }
    if (!fs.existsSync(input)) { missing.push(input); continue; }
    if (fs.statSync(input).isDirectory()) {
      for (const f of fs.readdirSync(input, { recursive: true, encoding: "utf8" }).sort()) {
        const full = path.join(input, f);
        if (ARTICLE_EXTENSIONS.includes(path.extname(f).toLowerCase()) && !insideSavedPageAssets(input, f) && fs.statSync(full).isFile()) { files.add(full); all.add(full); }
      }
    } else { files.add(input); all.add(input); }
  }
  return { inputs: [...all], files: [...files], missing };
}

// A browser's "Save page, complete" writes NAME.html plus a NAME_files folder (NAME-Dateien, NAME_fichiers…
// in other languages) of scripts, styles and embedded ad frames: those are the page's parts, not articles.
const ASSETS_FOLDER = /^(.+?)(_files|-Dateien|_fichiers|_archivos|_arquivos|_file|-bestanden|_pliki)$/;
function insideSavedPageAssets(root: string, relative: string): boolean {
  const parts = relative.split(path.sep);
  return parts.slice(0, -1).some((part, i) => {
    const page = part.match(ASSETS_FOLDER)?.[1];
    const dir = path.join(root, ...parts.slice(0, i));
    return !!page && [".html", ".htm", ".xhtml", ".shtml"].some((ext) => fs.existsSync(path.join(dir, page + ext)));
  });
}

const manifestCache = new Map<string, Map<string, ArticleMeta>>();

function folderManifest(dir: string): Map<string, ArticleMeta> {
  const cached = manifestCache.get(dir);
  if (cached) return cached;
  const byFile = new Map<string, ArticleMeta>();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    let parsed: unknown;
    try { parsed = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")); } catch { continue; }
    const manifest = manifestSchema.safeParse(parsed);
    if (manifest.success) for (const entry of manifest.data) byFile.set(entry.file, entry);
  }
  manifestCache.set(dir, byFile);
  return byFile;
}

/** Metadata for one article file; later sources override earlier ones field by field. */
export function resolveMeta(file: string, flags: ArticleMeta = {}): ArticleMeta {
  const dir = path.dirname(file);
  const fromManifest = folderManifest(dir).get(path.basename(file)) ?? {};
  const sidecarPath = path.join(dir, `${path.basename(file, path.extname(file))}.json`);
  let fromSidecar: ArticleMeta = {};
  if (fs.existsSync(sidecarPath)) {
    const parsed = entrySchema.safeParse(JSON.parse(fs.readFileSync(sidecarPath, "utf8")));
    if (!parsed.success) throw new Error(`${sidecarPath}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    fromSidecar = parsed.data;
  }
  return { ...definedOnly(fromManifest), ...definedOnly(fromSidecar), ...definedOnly(flags) };
}

function definedOnly(meta: ArticleMeta): ArticleMeta {
  return Object.fromEntries(Object.entries(meta).filter(([k, v]) => k !== "file" && v !== undefined && v !== null && v !== "")) as ArticleMeta;
}
