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
export function collectInputFiles(inputs: string[]): { inputs: string[]; files: string[]; missing: string[]; problems: ManifestProblem[] } {
  const files = new Set<string>();
  const all = new Set<string>();
  const missing: string[] = [];
  const folders = new Set<string>();
  // a file reached twice (through a symlink, or a folder named inside another) is read once
  const seen = new Set<string>();
  const firstVisit = (file: string) => {
    const real = fs.realpathSync(file);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) { all.add(input); continue; }
    if (!fs.existsSync(input)) { missing.push(input); continue; }
    if (fs.statSync(input).isDirectory()) {
      for (const f of walkFolder(input)) {
        const full = path.join(input, f);
        if (ARTICLE_EXTENSIONS.includes(path.extname(f).toLowerCase()) && !insideSavedPageAssets(input, f) && fs.statSync(full).isFile() && firstVisit(full)) {
          files.add(full);
          all.add(full);
          folders.add(path.dirname(full));
        }
      }
    } else if (firstVisit(input)) { files.add(input); all.add(input); }
  }
  for (const f of files) folders.add(path.dirname(f));
  return { inputs: [...all], files: [...files], missing, problems: [...folders].flatMap(manifestProblems) };
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

/**
 * Every file path under a folder, relative to it, sorted. Each real folder is entered once, so symlinks that
 * point back up the tree (a loop) end instead of recursing until the path is too long.
 */
export function walkFolder(root: string): string[] {
  const out: string[] = [];
  const entered = new Set<string>();
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    let real: string;
    try {
      real = fs.realpathSync(full);
    } catch {
      return; // a dangling link
    }
    if (entered.has(real)) return;
    entered.add(real);
    for (const name of fs.readdirSync(full).sort()) {
      const child = path.join(relative, name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(path.join(root, child));
      } catch {
        continue;
      }
      if (stat.isDirectory()) visit(child);
      else out.push(child);
    }
  };
  visit("");
  return out.sort();
}

export interface ManifestProblem { file: string; message: string; fatal: boolean }

/**
 * Metadata files in a folder that cannot be used: JSON that does not parse (fatal: its metadata would be
 * silently lost), or a manifest naming files that are not there (a warning).
 */
export function manifestProblems(dir: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const file = path.join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
      problems.push({ file, fatal: true, message: `not valid JSON (${e instanceof Error ? e.message : String(e)}): its metadata is not used` });
      continue;
    }
    const manifest = manifestSchema.safeParse(parsed);
    if (!manifest.success) continue;
    for (const entry of manifest.data) {
      if (!fs.existsSync(path.join(dir, entry.file))) problems.push({ file, fatal: false, message: `names ${entry.file}, which is not in ${dir}` });
    }
  }
  return problems;
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
