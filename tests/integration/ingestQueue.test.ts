// Ingestion through the job queue: `ingest --enqueue` puts one job per file, `ingest --workers N` works
// them. Two worker processes over one folder must lose and duplicate nothing.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, beforeEach, describe, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { collectInputFiles } from "../../lib/ingest/sources";
import { readArticleFile } from "../../lib/pipeline/ingestFile";
import { saveClassifierModel } from "../../lib/queries/writes/saveClassifierModel";
import { INGEST_QUEUE, QUEUE_SCHEMA } from "../../lib/queue/ingestJob";
import { ingestQueueSize } from "../../lib/queue/ingestQueueSize";
import { openIngestQueue } from "../../lib/queue/openIngestQueue";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";
import { ingestCli } from "../support/ingestCli";
import { emptyDatabase, testModel } from "../support/db";

const DEMO = "data/demo";

const ingest = ingestCli;

/** `count` small distinct plain-text articles with their metadata in a folder manifest. */
function generatedFolder(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-queue-"));
  const articles = [...generateCorpus({ passages: count * 4, passagesPerArticle: 4, outlets: 5, vocabulary: 3000, seed: 11 })];
  for (const a of articles) fs.writeFileSync(path.join(dir, a.file), a.text);
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(articles.map((a) => ({ file: a.file, ...a.meta }))));
  return dir;
}

function summaryOf(stdout: string) {
  const m = stdout.match(/^(\d+) added(?: to '[a-z0-9-]+')?, (\d+) unchanged, (\d+) failed$/m);
  assert.ok(m, `no summary in:\n${stdout}`);
  return { added: Number(m[1]), unchanged: Number(m[2]), failed: Number(m[3]) };
}
const linesOf = (stdout: string, status: string) => stdout.split("\n").filter((l) => l.startsWith(`${status} `)).map((l) => path.basename(l.slice(10, l.indexOf(": "))));
const jobsTaken = (stderr: string) => Number(stderr.match(/^\[queue\] (\d+) jobs taken/m)?.[1] ?? NaN);

async function storedArticles() {
  const articles = await getPrisma().article.findMany({ select: { sourceFile: true, _count: { select: { passages: true } } } });
  return new Map(articles.map((a) => [a.sourceFile!, a._count.passages] as const));
}

async function queueState() {
  const boss = await openIngestQueue();
  try {
    const size = await ingestQueueSize(boss);
    const { rows } = await boss.getDb().executeSql(`SELECT state, data->>'input' AS input, output FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'failed'`, [INGEST_QUEUE]);
    return { ...size, failedJobs: rows as { input: string; output: { error?: string } }[] };
  } finally {
    await boss.stop();
  }
}

describe("ingestion through the job queue", () => {
  beforeEach(async () => {
    await emptyDatabase();
    // store a model first, so the workers do not each train one
    await saveClassifierModel({ algorithm: "bayes", trainingSize: 0, metrics: {}, serialized: testModel().model.serialize() });
  });
  after(disconnect);

  test("two worker processes ingest one folder: every article stored once and whole; a rerun adds nothing", async (t) => {
    const folder = generatedFolder(40);
    const files = collectInputFiles([DEMO, folder]).files;
    const expected = new Map(files.map((f) => [path.basename(f), readArticleFile(f).passages.length]));
    assert.equal(expected.size, files.length, "test inputs need distinct file names");

    const queued = await ingest(["--enqueue", DEMO, folder]);
    assert.equal(queued.code, 0, queued.stderr);
    assert.match(queued.stdout, new RegExp(`^${files.length} queued, 0 already queued$`, "m"));
    const again = await ingest(["--enqueue", folder, DEMO]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`^0 queued, ${files.length} already queued$`, "m"), "a job still waiting is not queued twice");

    const workers = await Promise.all([ingest(["--workers", "1"]), ingest(["--workers", "1"])]);
    for (const w of workers) assert.equal(w.code, 0, w.stdout + w.stderr);
    const summaries = workers.map((w) => summaryOf(w.stdout));
    assert.deepEqual(
      summaries.reduce((a, s) => ({ added: a.added + s.added, unchanged: a.unchanged + s.unchanged, failed: a.failed + s.failed })),
      { added: files.length, unchanged: 0, failed: 0 },
    );
    const added = workers.flatMap((w) => linesOf(w.stdout, "added"));
    assert.deepEqual(added.toSorted(), [...expected.keys()].sort(), "each file is added by exactly one worker");
    workers.forEach((w, i) => assert.equal(linesOf(w.stdout, "added").length, summaries[i].added, "a worker's lines add up to its summary"));
    const taken = workers.map((w) => jobsTaken(w.stderr));
    assert.equal(taken[0] + taken[1], files.length);
    // both usually take some, but one may drain the queue before the other has started: not asserted
    t.diagnostic(`jobs taken per worker process: ${taken.join(", ")}`);

    const stored = await storedArticles();
    assert.equal(stored.size, files.length);
    for (const [file, passages] of expected) assert.equal(stored.get(file), passages, `${file} is not stored whole`);
    assert.equal(await getPrisma().article.count(), files.length, "an article was stored twice");
    const state = await queueState();
    assert.deepEqual({ waiting: state.waiting, active: state.active, failed: state.failedJobs.length }, { waiting: 0, active: 0, failed: 0 });

    // the whole run again, queued and worked by one process with two workers: everything is unchanged
    const rerun = await ingest(["--workers", "2", DEMO, folder]);
    assert.equal(rerun.code, 0, rerun.stdout + rerun.stderr);
    assert.match(rerun.stdout, new RegExp(`^${files.length} queued, 0 already queued$`, "m"));
    assert.deepEqual(summaryOf(rerun.stdout), { added: 0, unchanged: files.length, failed: 0 });
    assert.equal(linesOf(rerun.stdout, "unchanged").length, files.length);
    assert.equal(jobsTaken(rerun.stderr), files.length);
    assert.deepEqual(await storedArticles(), stored);
    assert.deepEqual(await queueState(), { waiting: 0, active: 0, failedJobs: [] });
  });

  test("a bad file in the folder fails its job with the reason; the others are stored", async () => {
    const folder = generatedFolder(3);
    fs.writeFileSync(path.join(folder, "bad.txt"), Buffer.from([0, 1, 2, 3]));
    const run = await ingest(["--workers", "2", folder]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /^4 queued, 0 already queued$/m);
    assert.match(run.stdout, /^failed\s+.*bad\.txt: not a text file/m);
    assert.deepEqual(summaryOf(run.stdout), { added: 3, unchanged: 0, failed: 1 });
    assert.match(run.stderr, /^\[queue\] 4 jobs taken .*, 1 failed$/m);
    assert.deepEqual([...(await storedArticles()).keys()].sort(), ["synthetic-0.txt", "synthetic-1.txt", "synthetic-2.txt"]);
    const state = await queueState();
    assert.equal(state.waiting + state.active, 0);
    assert.equal(state.failedJobs.length, 1);
    assert.equal(state.failedJobs[0].input, path.join(folder, "bad.txt"));
    assert.match(state.failedJobs[0].output.error ?? "", /bad\.txt: not a text file/);
  });
});
