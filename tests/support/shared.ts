// The team's shared material (../shared) exists in our checkouts and CI, not in a user's clone:
// tests that read it skip, saying why, when it is absent.
import fs from "node:fs";
import path from "node:path";

export const SEEDS_DIR = path.resolve("../shared/seeds");
export const seedsAvailable = fs.existsSync(path.join(SEEDS_DIR, "seeds.json"));
export const SEEDS_SKIP = seedsAvailable ? false : `../shared/seeds is absent (it ships with the team's workspace, not with the project)`;

export interface SeedEntry { file: string; title: string; outlet: string; author: string | null; published: string; url: string }
export function readSeeds(): { entry: SeedEntry; text: string }[] {
  const entries = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, "seeds.json"), "utf8")) as SeedEntry[];
  return entries.map((entry) => ({ entry, text: fs.readFileSync(path.join(SEEDS_DIR, entry.file), "utf8") }));
}

export const CORPORA_DIR = path.resolve("../shared/corpora/readability-pages");
export const CORPORA_SKIP = fs.existsSync(CORPORA_DIR) ? false : `../shared/corpora/readability-pages is absent (it ships with the team's workspace, not with the project)`;

export interface CorpusPage { name: string; html: Buffer; expected: Record<string, string | null | boolean> }
export function readCorpusPages(): CorpusPage[] {
  return fs.readdirSync(CORPORA_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => ({
    name: d.name,
    html: fs.readFileSync(path.join(CORPORA_DIR, d.name, "source.html")),
    expected: JSON.parse(fs.readFileSync(path.join(CORPORA_DIR, d.name, "expected-metadata.json"), "utf8")),
  }));
}
