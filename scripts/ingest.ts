// npm run ingest -- [options] INPUT...   Add articles: files, folders (recursively) and web addresses.
import { Command } from "commander";
import { ARTICLE_EXTENSIONS, collectInputFiles } from "../lib/ingest/sources";
import type { ArticleMeta } from "../lib/ingest/types";
import { dryRunInputs } from "../lib/pipeline/dryRunInputs";
import { ingestInputs } from "../lib/pipeline/ingestInputs";
import { loadModelFile, temporaryModel } from "../lib/pipeline/loadModel";
import { createProgress } from "./support/progress";
import { openDatabase } from "./support/session";
import { ensureModel } from "../lib/pipeline/ensureModel";

const program = new Command("ingest")
  .description([
    "Add articles to narrative-lens. An input is a file, a folder (searched recursively) or an http(s) address:",
    "  plain text (.txt), saved web pages (.html, .mhtml), RSS/Atom feeds (.xml/.rss/.atom or a feed URL),",
    "  spreadsheet exports (.csv/.tsv) and JSON Lines (.jsonl) with columns text/html/url, title, outlet,",
    "  published, author, language — one article per row — and .txt files that list one URL per line.",
    "Metadata for single-article files: folder manifest, then NAME.json, then flags. For feeds and",
    "spreadsheets the flags only fill what an item or row leaves empty.",
  ].join("\n"))
  .argument("<inputs...>", "files, folders or web addresses")
  .option("--dry-run", "parse and classify without touching the database")
  .option("--json", "with --dry-run: print one JSON array, one object per article")
  .option("--no-fetch", "never fetch web pages for feed items, URL lists or url-only rows (feed summaries are used)")
  .option("--title <title>", "article title")
  .option("--outlet <name>", "outlet (site) name")
  .option("--url <url>", "original address")
  .option("--published <YYYY-MM-DD>", "publication date")
  .option("--author <name>", "author / byline")
  .showHelpAfterError();

program.parse();
const opts = program.opts<{ dryRun?: boolean; json?: boolean; fetch: boolean; title?: string; outlet?: string; url?: string; published?: string; author?: string }>();
const flags: ArticleMeta = { title: opts.title, outlet: opts.outlet, url: opts.url, published: opts.published, author: opts.author };
if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) program.error(`--published must be YYYY-MM-DD, got "${opts.published}"`);

const { inputs, missing, problems } = collectInputFiles(program.args);
for (const m of missing) console.error(`failed    ${m}: no such file or folder`);
for (const p of problems) console.error(`${p.fatal ? "failed " : "warning"}   ${p.file}: ${p.message}`);
const badMetadata = problems.filter((p) => p.fatal).length;
if (!inputs.length) {
  console.error(`no inputs found (looked for ${ARTICLE_EXTENSIONS.join(" ")} files and http(s) addresses)`);
  process.exit(missing.length ? 1 : 0);
}

if (opts.dryRun) {
  let loaded = loadModelFile();
  if (!loaded) {
    console.error("[ingest] no stored model file: training a temporary one (npm run train stores one)");
    loaded = temporaryModel();
  }
  const results = await dryRunInputs(inputs, loaded, flags, { fetch: opts.fetch });
  if (opts.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else for (const r of results) console.log("error" in r ? `failed    ${r.file}: ${r.error}` : `parsed    ${r.file}: "${r.title}", ${r.passages.length} passages, ${r.dropped.length} lines dropped`);
  process.exit(missing.length || badMetadata || results.some((r) => "error" in r) ? 1 : 0);
}

const session = await openDatabase();
let failed = missing.length + badMetadata;
try {
  const model = await ensureModel((m) => console.error(`[train] ${m}`));
  const progress = createProgress(inputs.length, "ingesting");
  const summary = await ingestInputs(inputs, model, flags, (outcome) => {
    progress.tick();
    if (outcome.status === "failed") progress.log(`failed    ${outcome.file}: ${outcome.error}`);
    else progress.log(`${outcome.status.padEnd(9)} ${outcome.file}: "${outcome.title}" (${outcome.passages} passages${outcome.note ? `; ${outcome.note}` : ""})`);
  }, { fetch: opts.fetch, onArticlesFound: (_, count) => progress.grow(count - 1) });
  progress.stop();
  failed += summary.failed;
  console.log(`${summary.added} added, ${summary.unchanged} unchanged, ${failed} failed`);
} finally {
  await session.close();
}
process.exit(failed ? 1 : 0);
