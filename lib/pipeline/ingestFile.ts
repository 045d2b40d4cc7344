// One single-article file → its parsed article, without fetching or the database: for tests and tools that
// think in files. Feeds and spreadsheets hold many articles: read those with readInput.
import fs from "node:fs";
import path from "node:path";
import { IngestError } from "../ingest/ingestError";
import { parseRawArticle } from "../ingest/parseRawArticle";
import { readInputBytes } from "../ingest/readers/readInputBytes";
import { resolveMeta } from "../ingest/sources";
import type { ArticleMeta, ParsedArticle } from "../ingest/types";

export function readArticleFile(file: string, flags: ArticleMeta = {}): ParsedArticle {
  const found = readInputBytes({ label: file, name: file, sourceFile: path.basename(file), bytes: fs.readFileSync(file), meta: resolveMeta(file, flags), defaults: flags });
  const only = found.length === 1 ? found[0] : null;
  if (!only || "error" in only || only.content.kind === "url") throw new IngestError(`${file} is not a single article (it holds ${found.length} items)`);
  return parseRawArticle(only, path.basename(file, path.extname(file)));
}
