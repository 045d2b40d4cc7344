// npm run bench -- --passages 10000,100000
// For each size: a fresh database loaded with the synthetic corpus through the real pipeline (clean, split,
// classify, store), then classification and ingestion throughput, each overview statistic timed from the
// precomputed aggregates and the naive way (the same query forced onto the passages), and HTTP latency of
// the dashboard's endpoints at concurrency 1 and 16 (autocannon, production build). Prints tables and
// writes bench/results.json.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { Command } from "commander";
import { countTerms } from "../lib/analysis/terms";
import { trainModel } from "../lib/classify/model";
import { loadTrainingData } from "../lib/classify/trainingData";
import { disconnect } from "../lib/db";
import { parsePlainTextArticle } from "../lib/ingest/buildArticle";
import { generateCorpus } from "../lib/synthetic/generateCorpus";
import { getFramingByMonth } from "../lib/queries/getFramingByMonth";
import { getFramingByOutlet } from "../lib/queries/getFramingByOutlet";
import { getTopTerms } from "../lib/queries/getTopTerms";
import { saveArticle } from "../lib/queries/saveArticle";
import { TRAINING_DIR } from "../lib/pipeline/trainAndStore";
import { buildIfStale } from "./support/build";
import { recreateDatabase, startDatabase, withDatabase } from "./support/database";
import { migrate } from "./support/run";

const opts = new Command("bench")
  .option("--passages <list>", "corpus sizes, comma-separated", "10000")
  .option("--seconds <s>", "seconds per HTTP measurement", "5")
  .option("--port <n>", "server port", "3198")
  .parse().opts<{ passages: string; seconds: string; port: string }>();
const sizes = opts.passages.split(",").map(Number);
const say = (m: string) => console.error(`[bench] ${m}`);
const ENDPOINTS = [
  "/api/overview", "/api/overview?framing=testimony&outlet=Synthetic%20Outlet%2003", "/api/overview?from=2019-01&to=2020-12",
  "/api/timeline", "/api/keyness?a.framing=testimony&b.framing=official", "/api/passages?framing=critical",
  "/api/overview?q=kalo", "/",
];

async function median(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const server = await startDatabase();
const model = trainModel(loadTrainingData(TRAINING_DIR), "bayes");
const results: Record<string, unknown>[] = [];
try {
  for (const size of sizes) {
    const url = withDatabase(server.url, "narrative_lens_bench");
    await recreateDatabase(url);
    await migrate(url);
    process.env.DATABASE_URL = url;
    await disconnect();

    // classification alone
    const sample = [...generateCorpus({ passages: Math.min(size, 20_000), seed: 99 })].flatMap((a) => a.text.split("\n\n").slice(1));
    let t = performance.now();
    for (const text of sample) model.predict(text);
    const classifyPerSecond = sample.length / ((performance.now() - t) / 1000);

    // the whole pipeline, one transaction per article
    say(`loading ${size} passages`);
    t = performance.now();
    let stored = 0;
    for (const article of generateCorpus({ passages: size, seed: 42 })) {
      const parsed = parsePlainTextArticle(article.text, article.meta, article.file);
      const passages = parsed.passages.map((p) => {
        const prediction = model.predict(p.text);
        return { text: p.text, start: p.start, end: p.end, framing: prediction.label, confidence: prediction.confidence, terms: countTerms(p.text) };
      });
      await saveArticle({
        title: parsed.title, byline: null, outlet: parsed.siteName!, url: parsed.url, publishedAt: parsed.publishedTime, language: "en",
        contentHash: parsed.contentHash, sourceFile: article.file, cleanedText: parsed.cleanedText, modelVersion: null, passages,
      });
      stored += passages.length;
      if (stored % 10_000 < passages.length) say(`  ${stored} passages`);
    }
    const ingestPerSecond = stored / ((performance.now() - t) / 1000);

    // precomputed vs naive: the same filters in whole months (aggregates) and in days (forced onto passages)
    const filters = [{}, { framing: ["testimony" as const] }, { from: "2019-01", to: "2020-12" }];
    const days = (f: { from?: string; to?: string }) => ({ ...f, from: f.from ? `${f.from}-01` : "2018-01-01", to: f.to ? `${f.to}-28` : "2030-12-31" });
    const aggregates: Record<string, { precomputedMs: number; naiveMs: number; ratio: number }> = {};
    for (const [name, query] of [["framingByOutlet", getFramingByOutlet], ["framingByMonth", getFramingByMonth], ["topTerms", getTopTerms]] as const) {
      for (const [i, f] of filters.entries()) {
        const precomputedMs = await median(() => query(f));
        const naiveMs = await median(() => query(days(f)), 3);
        aggregates[`${name}#${i}`] = { precomputedMs, naiveMs, ratio: naiveMs / precomputedMs };
      }
    }
    await disconnect();

    // HTTP against the production build
    await buildIfStale(say);
    const next = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", opts.port], { env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
    const base = `http://127.0.0.1:${opts.port}`;
    for (let i = 0; i < 100 && !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 300));
    const http: Record<string, unknown>[] = [];
    for (const endpoint of ENDPOINTS) {
      for (const connections of [1, 16]) {
        const r = await autocannon({ url: `${base}${endpoint}`, connections, duration: Number(opts.seconds) });
        http.push({ endpoint, connections, requests: r.requests.total, p50: r.latency.p50, p90: r.latency.p90, p97_5: r.latency.p97_5, p99: r.latency.p99, errors: r.errors + r.non2xx });
      }
    }
    next.kill("SIGTERM");
    results.push({ passages: stored, classifyPerSecond, ingestPerSecond, aggregates, http });

    console.log(`\n== ${stored} passages`);
    console.log(`classification ${classifyPerSecond.toFixed(0)} passages/s · ingestion ${ingestPerSecond.toFixed(0)} passages/s`);
    console.log(`statistic            precomputed ms   naive ms   naive/precomputed`);
    for (const [k, v] of Object.entries(aggregates)) console.log(`${k.padEnd(20)} ${v.precomputedMs.toFixed(1).padStart(14)} ${v.naiveMs.toFixed(1).padStart(10)} ${v.ratio.toFixed(1).padStart(18)}×`);
    console.log(`endpoint                                                     conc   req   p50   p90 p97.5   p99 errors`);
    for (const h of http) console.log(`${String(h.endpoint).padEnd(60)} ${String(h.connections).padStart(4)} ${String(h.requests).padStart(5)} ${String(h.p50).padStart(5)} ${String(h.p90).padStart(5)} ${String(h.p97_5).padStart(5)} ${String(h.p99).padStart(5)} ${String(h.errors).padStart(6)}`);
  }
  if (results.length > 1) {
    console.log("\n== growth (each size against the first)");
    const first = results[0] as { passages: number; ingestPerSecond: number; classifyPerSecond: number };
    for (const r of results.slice(1) as (typeof first)[]) {
      console.log(`${r.passages / first.passages}× passages: ingestion ${(r.ingestPerSecond / first.ingestPerSecond).toFixed(2)}× the rate, classification ${(r.classifyPerSecond / first.classifyPerSecond).toFixed(2)}×`);
    }
  }
  fs.mkdirSync("bench", { recursive: true });
  fs.writeFileSync("bench/results.json", JSON.stringify({ machine: { cores: (await import("node:os")).cpus().length }, results }, null, 2));
  console.log("\nwrote bench/results.json");
} finally {
  await disconnect();
  await server.stop();
}
