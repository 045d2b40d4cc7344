// npm run ingest -- [options] INPUT...   Add articles: files, folders (recursively) and web addresses.
// npm run ingest -- --enqueue INPUT...   Queue them instead, one job per file or address;
// npm run ingest -- --workers N          and work the queue (see runQueue below).
import { Command, InvalidArgumentError } from "commander";
import { COLLECTION_NAME_RULE, isCollectionName } from "../lib/collectionName";
import { ARTICLE_EXTENSIONS, collectInputFiles } from "../lib/ingest/sources";
import type { ArticleMeta } from "../lib/ingest/types";
import { dryRunInputs } from "../lib/pipeline/dryRunInputs";
import { type FileOutcome, ingestInputs } from "../lib/pipeline/ingestInputs";
import { databaseFreeModel } from "../lib/pipeline/loadModel";
import { enqueueInputs } from "../lib/queue/enqueueInputs";
import { ingestQueueSize } from "../lib/queue/ingestQueueSize";
import { openIngestQueue } from "../lib/queue/openIngestQueue";
import { runIngestWorkers } from "../lib/queue/runIngestWorkers";
import { formatOutcome, formatSummary } from "./support/formatOutcome";
import { exit } from "./support/exit";
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
  .argument("[inputs...]", "files, folders or web addresses")
  .option("--collection <name>", "the collection the articles go to, created if new (default: the default collection)", collectionName)
  .option("--dry-run", "parse and classify without touching the database")
  .option("--json", "with --dry-run: print one JSON array, one object per article")
  .option("--no-fetch", "never fetch web pages for feed items, URL lists or url-only rows (feed summaries are used)")
  .option("--title <title>", "article title")
  .option("--outlet <name>", "outlet (site) name")
  .option("--url <url>", "original address")
  .option("--published <YYYY-MM-DD>", "publication date")
  .option("--author <name>", "author / byline")
  .option("--enqueue", "queue the inputs for workers instead of ingesting them now")
  .option("--workers <n>", "work the queue with N workers in this process", positiveInteger)
  .option("--wait", "with --workers: once the queue is empty, keep waiting for new jobs until interrupted")
  .addHelpText("after", [
    "",
    "Through the job queue (kept in the database, in its own schema pgboss):",
    "  --enqueue INPUT...  queue one job per file or address, with the metadata flags,",
    "                      --collection and --no-fetch given; one still waiting is not",
    "                      queued twice",
    "  --workers N         N workers take jobs until none is waiting, then the run",
    "                      exits (1 if anything failed). INPUTs given are queued first.",
    "                      Run it in several terminals or machines to share the work.",
    "  --workers N --wait  the workers keep waiting for new jobs until Ctrl-C",
  ].join("\n"))
  .showHelpAfterError();

function collectionName(value: string): string {
  if (!isCollectionName(value)) throw new InvalidArgumentError(COLLECTION_NAME_RULE);
  return value;
}

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number from 1 up");
  return Number(value);
}

program.parse();
const opts = program.opts<{ collection?: string; dryRun?: boolean; json?: boolean; fetch: boolean; title?: string; outlet?: string; url?: string; published?: string; author?: string; enqueue?: boolean; workers?: number; wait?: boolean }>();
const flags: ArticleMeta = { title: opts.title, outlet: opts.outlet, url: opts.url, published: opts.published, author: opts.author };
if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) program.error(`--published must be YYYY-MM-DD, got "${opts.published}"`);
const queueMode = opts.enqueue || opts.workers !== undefined;
if (queueMode && opts.dryRun) program.error("--dry-run does not use the queue: leave out --enqueue and --workers");
if (opts.wait && opts.workers === undefined) program.error("--wait needs --workers");
if (!program.args.length && !opts.workers) program.error("missing inputs: name files, folders or web addresses");
if (!program.args.length && (Object.values(flags).some(Boolean) || !opts.fetch || opts.collection)) {
  program.error("metadata flags, --collection and --no-fetch go with the inputs being queued: each job keeps the ones it was queued with");
}

const { inputs, missing, problems } = collectInputFiles(program.args);
for (const m of missing) console.error(`failed    ${m}: no such file or folder`);
for (const p of problems) console.error(`${p.fatal ? "failed " : "warning"}   ${p.file}: ${p.message}`);
const badMetadata = problems.filter((p) => p.fatal).length;
if (program.args.length && !inputs.length) {
  console.error(`no inputs found (looked for ${ARTICLE_EXTENSIONS.join(" ")} files and http(s) addresses)`);
  await exit(missing.length ? 1 : 0);
}

if (opts.dryRun) {
  const loaded = databaseFreeModel((m) => console.error(`[ingest] ${m}`));
  const results = await dryRunInputs(inputs, loaded, flags, { fetch: opts.fetch });
  if (opts.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else for (const r of results) console.log("error" in r ? `failed    ${r.file}: ${r.error}` : `parsed    ${r.file}: "${r.title}", ${r.passages.length} passages, ${r.dropped.length} lines dropped`);
  await exit(missing.length || badMetadata || results.some((r) => "error" in r) ? 1 : 0);
}

const session = await openDatabase();
let failed = missing.length + badMetadata;
try {
  if (queueMode) failed += await runQueue();
  else {
    const model = await ensureModel((m) => console.error(`[train] ${m}`));
    const progress = createProgress(inputs.length, "ingesting");
    const summary = await ingestInputs(inputs, model, flags, (outcome) => {
      progress.tick();
      progress.log(formatOutcome(outcome));
    }, { fetch: opts.fetch, collection: opts.collection, onArticlesFound: (_, count) => progress.grow(count - 1) });
    progress.stop();
    failed += summary.failed;
    console.log(formatSummary(summary.outcomes, failed, opts.collection));
  }
} finally {
  await session.close();
}
await exit(failed ? 1 : 0);

/** Queue the inputs and/or work the queue; answers how many articles (or jobs) failed. */
async function runQueue(): Promise<number> {
  const boss = await openIngestQueue();
  try {
    if (inputs.length) {
      const { queued, alreadyQueued } = await enqueueInputs(boss, inputs, flags, { fetch: opts.fetch, collection: opts.collection });
      console.log(`${queued} queued${opts.collection ? ` for '${opts.collection}'` : ""}, ${alreadyQueued} already queued`);
    }
    if (!opts.workers) return 0;
    const model = await ensureModel((m) => console.error(`[train] ${m}`));
    const progress = createProgress((await ingestQueueSize(boss)).waiting, "ingesting");
    // Ctrl-C: each worker finishes the job in hand, marks it, and stops
    const outcomes: FileOutcome[] = [];
    const stop = new AbortController();
    process.once("SIGINT", () => stop.abort());
    process.once("SIGTERM", () => stop.abort());
    const summary = await runIngestWorkers(boss, {
      workers: opts.workers, model, wait: opts.wait, signal: stop.signal,
      onOutcome: (outcome) => {
        outcomes.push(outcome);
        progress.tick();
        progress.log(formatOutcome(outcome));
      },
      onArticlesFound: (_, count) => progress.grow(count - 1),
    });
    progress.stop();
    const jobs = summary.jobsByWorker.reduce((a, b) => a + b, 0);
    console.error(`[queue] ${jobs} jobs taken (${summary.jobsByWorker.map((n, i) => `worker ${i + 1}: ${n}`).join(", ")}), ${summary.jobsFailed} failed`);
    console.log(formatSummary(outcomes, summary.failed + failed));
    // a failed job always has a failed article behind it (its reason), so articles are what is counted
    return summary.failed;
  } finally {
    await boss.stop();
  }
}
