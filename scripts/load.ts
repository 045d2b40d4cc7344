// npm run load: 50 concurrent clients for 60 s against the dashboard's pages and APIs (autocannon), three
// times, against the production build. Prints requests, latency, errors and the server's memory after each
// run, and fails if any request errored or the server's memory kept growing.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { Command } from "commander";
import { collectInputFiles } from "../lib/ingest/sources";
import { countArticles } from "../lib/queries/reads";
import { ensureModel } from "../lib/pipeline/ensureModel";
import { ingestInputs } from "../lib/pipeline/ingestInputs";
import { buildIfStale } from "./support/build";
import { exit } from "./support/exit";
import { openDatabase } from "./support/session";

const opts = new Command("load")
  .option("--connections <n>", "concurrent clients", "50")
  .option("--duration <s>", "seconds per run", "60")
  .option("--runs <n>", "runs", "3")
  .option("--port <n>", "server port", "3199")
  .parse().opts<{ connections: string; duration: string; runs: string; port: string }>();

const PATHS = [
  "/", "/?framing=testimony", "/keyness", "/contested", "/compare", "/concordance?phrase=camps",
  "/api/overview", "/api/keyness?a.framing=testimony&b.framing=official", "/api/passages?framing=critical",
  "/api/concordance?phrase=camps", "/api/contested", "/api/timeline", "/api/health",
];

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024;
}

const session = await openDatabase();
let failed = false;
try {
  if ((await countArticles()) === 0) await ingestInputs(collectInputFiles(["data/demo"]).files, await ensureModel());
  await buildIfStale((m) => console.error(`[load] ${m}`));
  const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", opts.port], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
  const base = `http://127.0.0.1:${opts.port}`;
  for (let i = 0; i < 100 && !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 300));
  const memory: number[] = [];
  console.log(`run  requests  req/s   p50 ms  p99 ms  errors  non-2xx  server RSS MiB`);
  for (let run = 1; run <= Number(opts.runs); run++) {
    const result = await autocannon({
      url: base, connections: Number(opts.connections), duration: Number(opts.duration),
      requests: PATHS.map((p) => ({ method: "GET", path: p })),
    });
    memory.push(rssMiB(server.pid!));
    const bad = result.errors + result.timeouts + result.non2xx;
    if (bad) failed = true;
    console.log(`${String(run).padStart(3)}  ${String(result.requests.total).padStart(8)}  ${result.requests.average.toFixed(0).padStart(5)}  ${String(result.latency.p50).padStart(7)}  ${String(result.latency.p99).padStart(6)}  ${String(result.errors + result.timeouts).padStart(6)}  ${String(result.non2xx).padStart(7)}  ${memory.at(-1)!.toFixed(0).padStart(14)}`);
  }
  // allow warm-up growth after the first run; after that memory must not keep climbing
  const growth = memory.length > 2 ? memory.at(-1)! - memory[1] : 0;
  console.log(`memory growth from run 2 to run ${memory.length}: ${growth.toFixed(0)} MiB`);
  if (growth > 64) failed = true;
  server.kill("SIGTERM");
} finally {
  await session.close();
}
console.log(failed ? "load: FAILED (errors or growing memory)" : "load: ok (no errors, memory flat)");
await exit(failed ? 1 : 0);
