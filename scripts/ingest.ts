// npm run ingest -- [options] PATH...   Add articles (files or folders, recursively).
import { Command } from "commander";
import { collectInputFiles } from "../lib/ingest/sources";
import type { ArticleMeta } from "../lib/ingest/types";
import { dryRunFile } from "../lib/pipeline/dryRunFile";
import { ingestFiles } from "../lib/pipeline/ingestFiles";
import { loadModelFile } from "../lib/pipeline/loadModel";
import { trainBestModel } from "../lib/classify/trainBestModel";
import { loadTrainingData } from "../lib/classify/trainingData";
import { TRAINING_DIR } from "../lib/pipeline/trainAndStore";
import { createProgress } from "./support/progress";
import { openDatabase } from "./support/session";
import { ensureModel } from "../lib/pipeline/ensureModel";

const program = new Command("ingest")
  .description("Add articles to narrative-lens: plain-text files (.txt) or folders of them, with metadata from a folder manifest, NAME.json, or flags.")
  .argument("<paths...>", "files or folders (searched recursively)")
  .option("--dry-run", "parse and classify without touching the database")
  .option("--json", "with --dry-run: print one JSON array, one object per input file")
  .option("--title <title>", "article title")
  .option("--outlet <name>", "outlet (site) name")
  .option("--url <url>", "original address")
  .option("--published <YYYY-MM-DD>", "publication date")
  .option("--author <name>", "author / byline")
  .showHelpAfterError();

program.parse();
const opts = program.opts<{ dryRun?: boolean; json?: boolean; title?: string; outlet?: string; url?: string; published?: string; author?: string }>();
const flags: ArticleMeta = { title: opts.title, outlet: opts.outlet, url: opts.url, published: opts.published, author: opts.author };
if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) program.error(`--published must be YYYY-MM-DD, got "${opts.published}"`);

const { files, missing } = collectInputFiles(program.args);
for (const m of missing) console.error(`failed    ${m}: no such file or folder`);
if (!files.length) {
  console.error("no article files found (looked for .txt)");
  process.exit(missing.length ? 1 : 0);
}

if (opts.dryRun) {
  let loaded = loadModelFile();
  if (!loaded) {
    console.error("[ingest] no stored model file: training a temporary one (npm run train stores one)");
    loaded = { model: trainBestModel(loadTrainingData(TRAINING_DIR), { algorithms: ["bayes"] }).model, version: null };
  }
  const results = files.map((file) => dryRunFile(file, loaded, flags));
  if (opts.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else for (const r of results) console.log("error" in r ? `failed    ${r.file}: ${r.error}` : `parsed    ${r.file}: "${r.title}", ${r.passages.length} passages, ${r.dropped.length} lines dropped`);
  process.exit(missing.length || results.some((r) => "error" in r) ? 1 : 0);
}

const session = await openDatabase();
let failed = missing.length;
try {
  const model = await ensureModel((m) => console.error(`[train] ${m}`));
  const progress = createProgress(files.length, "ingesting");
  const summary = await ingestFiles(files, model, flags, (outcome) => {
    progress.tick();
    if (outcome.status === "failed") progress.log(`failed    ${outcome.file}: ${outcome.error}`);
    else progress.log(`${outcome.status.padEnd(9)} ${outcome.file}: "${outcome.title}" (${outcome.passages} passages)`);
  });
  progress.stop();
  failed += summary.failed;
  console.log(`${summary.added} added, ${summary.unchanged} unchanged, ${failed} failed`);
} finally {
  await session.close();
}
process.exit(failed ? 1 : 0);
