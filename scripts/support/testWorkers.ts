// Integration test files spread over workers, each worker with its own copy of the test database (made from the
// migrated one as a template) and its own model file, so that no two files ever share data. A worker takes the
// next file when its last one ends, the slowest known files first, so the workers finish close together.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { copyDatabase, dropDatabase, withDatabase } from "./database";

/** Files that take a minute or more here (several trainings, processes started and stopped): started first. */
const SLOW_FIRST = ["reviewLoop", "bulkIngest", "sharedDatabase", "readingBudget", "ingestQueue", "cli", "robustness"];

interface FileResult { file: string; code: number; seconds: number; pass: number; fail: number }

export async function runFilesOnDatabases(files: string[], env: Record<string, string>): Promise<number> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("--databases needs DATABASE_URL (run through scripts/with-db.ts --test)");
  const workers = Math.max(1, Math.min(Number(process.env.TEST_WORKERS) || os.availableParallelism(), files.length));
  const name = new URL(base).pathname.slice(1);
  const urls = [base];
  for (let i = 1; i < workers; i++) urls.push(withDatabase(base, `${name}_w${i}`));
  for (const url of urls.slice(1)) await copyDatabase(base, url);
  const rank = (f: string) => { const i = SLOW_FIRST.indexOf(path.basename(f, ".test.ts")); return i < 0 ? SLOW_FIRST.length : i; };
  const queue = [...files].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  console.log(`[tests] ${files.length} files on ${workers} workers, each with its own database`);
  const results: FileResult[] = [];
  const modelPath = process.env.MODEL_PATH ?? path.join(os.tmpdir(), `narrative-lens-test-${process.pid}`, "classifier.json");
  try {
    await Promise.all(urls.map(async (url, worker) => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const workerModel = path.join(path.dirname(modelPath), `worker-${worker}`, path.basename(modelPath));
        results.push(await runFile(file, { ...env, DATABASE_URL: url, MODEL_PATH: workerModel }, worker));
      }
    }));
  } finally {
    for (const url of urls.slice(1)) await dropDatabase(url).catch(() => {});
  }
  const failed = results.filter((r) => r.code !== 0);
  const sum = (k: "pass" | "fail") => results.reduce((s, r) => s + r[k], 0);
  console.log(`\n[tests] ${results.length} files: ${sum("pass")} tests passed, ${sum("fail")} failed; slowest: ${
    [...results].sort((a, b) => b.seconds - a.seconds).slice(0, 5).map((r) => `${path.basename(r.file)} ${r.seconds.toFixed(0)} s`).join(", ")}`);
  for (const r of failed) console.log(`[tests] FAILED: ${r.file} (exit ${r.code})`);
  return failed.length ? 1 : 0;
}

function runFile(file: string, env: Record<string, string>, worker: number): Promise<FileResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", file], {
      env: { ...process.env, ...env, PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const output = Buffer.concat(chunks).toString("utf8");
      const seconds = (Date.now() - started) / 1000;
      const count = (label: string) => Number(output.match(new RegExp(`^ℹ ${label} (\\d+)$`, "m"))?.[1] ?? 0);
      process.stdout.write(`\n── ${file} (worker ${worker}, ${seconds.toFixed(1)} s) ──\n${output}`);
      resolve({ file, code: code ?? (signal ? 1 : 0), seconds, pass: count("pass"), fail: count("fail") });
    });
  });
}
