// npm run bench -- --passages 10000,100000,1000000
// For each size: a database loaded with the synthetic corpus through the real pipeline (clean, split,
// classify, store), then classification and ingestion throughput, each overview statistic timed from the
// precomputed aggregates and the naive way (the same query forced onto the passages), and HTTP latency
// (p50/p95/p99) of the dashboard's endpoints and pages at concurrency 1 and 16 against the production
// build. Prints tables, the targets met or not, growth across sizes, and writes bench/results.json and
// docs/benchmarks.md (bench/formatBenchmarks.ts).
import fs from "node:fs";
import os from "node:os";
import { Command } from "commander";
import { labelArticle } from "../lib/classify/labelArticle";
import { trainModel } from "../lib/classify/model";
import { loadTrainingData } from "../lib/classify/trainingData";
import { disconnect } from "../lib/db";
import { parsePlainTextArticle } from "../lib/ingest/buildArticle";
import { ingestArticleStream } from "../lib/pipeline/ingestArticleStream";
import { LabellingPool } from "../lib/pipeline/labellingPool";
import { TRAINING_DIR } from "../lib/pipeline/trainAndStore";
import { vacuumTables } from "../lib/queries/maintenance";
import { countPassages, listCollections } from "../lib/queries/reads";
import { getFramingByMonth } from "../lib/queries/reads";
import { getFramingByOutlet } from "../lib/queries/reads";
import { getTopTerms } from "../lib/queries/reads";
import { generateCorpus, type SyntheticArticle } from "../bench/synthetic/generateCorpus";
import { type BenchResults, formatBenchmarks } from "../bench/formatBenchmarks";
import { measureLatency, treeRssMiB } from "./support/bench/httpLatency";
import { printGrowth, printSize } from "./support/bench/report";
import type { SizeFigures } from "./support/bench/targets";
import { buildIfStale } from "./support/build";
import { copyDatabase, createDatabaseIfMissing, recreateDatabase, startDatabase, withDatabase } from "./support/database";
import { migrate } from "./support/migrate";
import { cancelAbandonedQueries } from "./support/bench/cancelAbandonedQueries";
import { waitForStatsCube } from "./support/bench/waitForStatsCube";
import { timeStatsCubeRefresh } from "./support/bench/timeStatsCubeRefresh";
import { prepareRevision } from "./support/bench/otherRevision";
import { type Dashboard, startDashboard } from "./support/bench/dashboard";
import { measureReuseCost, type ReuseCost } from "./support/bench/reuseCost";
import { benchCollectionName, spreadOverCollections } from "./support/bench/spreadOverCollections";

const opts = new Command("bench")
  .option("--passages <list>", "corpus sizes, comma-separated", "10000")
  .option("--seconds <s>", "seconds per HTTP measurement", "5")
  .option("--port <n>", "server port", "3198")
  .option("--reuse", "keep a database already loaded with this size from an earlier run (skips the ingestion figures)")
  .option("--no-reuse-cost", "skip ingesting more slices with and without text-reuse detection (what detection costs at each size)")
  .option("--collections <n>", "also spread the corpus over N collections (a copy of its database) and measure the endpoints for one of them (0: not)", "5")
  .option("--collections-at <list>", "the sizes at which to do that (default: every size)")
  .option("--collection-seconds <s>", "seconds per HTTP measurement of the collection and the whole corpus beside it", "10")
  .option("--compare-with <rev>", "also measure the dashboard of this git revision, side by side, against the same database")
  .parse().opts<{ passages: string; seconds: string; port: string; reuse?: boolean; reuseCost: boolean; collections: string; collectionsAt?: string; collectionSeconds: string; compareWith?: string }>();
const sizes = opts.passages.split(",").map(Number);
const collectionCount = Number(opts.collections);
const collectionSizes = opts.collectionsAt ? new Set(opts.collectionsAt.split(",").map(Number)) : new Set(sizes);
const say = (m: string) => console.error(`[bench] ${m}`);
const O = (n: number) => `outlet=Synthetic%20Outlet%20${String(n).padStart(2, "0")}`;
// "kalo" is a frequent synthetic word (rank ~50): a term every framing uses, and as a search (a substring of
// many words) it matches about half the passages. "anmoren" (rank ~1,000) is a selective search.
const ENDPOINTS: [string, SizeFigures["http"][number]["kind"], string][] = [
  ["overview", "api", "/api/overview"],
  ["overview framing+outlet", "api", `/api/overview?framing=testimony&${O(3)}`],
  ["overview months", "api", "/api/overview?from=2019-01&to=2020-12"],
  ["overview framing+outlets+months", "api", `/api/overview?framing=critical&${O(1)}&${O(2)}&from=2021-03&to=2022-08`],
  ["timeline", "api", "/api/timeline"],
  ["term timeline", "api", "/api/timeline?phrase=kalo"],
  ["keyness framings", "api", "/api/keyness?a.framing=testimony&b.framing=official"],
  ["keyness outlets+months", "api", `/api/keyness?a.${O(1)}&b.${O(2)}&a.from=2019-01&b.from=2019-01`],
  ["passages", "api", "/api/passages?framing=critical"],
  ["articles", "api", "/api/articles?framing=testimony"],
  ["overview search", "search", "/api/overview?q=kalo"],
  ["overview search, selective", "search", "/api/overview?q=anmoren"],
  ["passages search", "search", "/api/passages?q=kalo&framing=testimony"],
  ["articles search, selective", "search", "/api/articles?q=anmoren"],
  ["keyness selective search vs framing", "search", "/api/keyness?a.q=anmoren&b.framing=official"],
  ["keyness broad search vs framing", "search", "/api/keyness?a.q=kalo&b.framing=official"],
  ["reuse", "api", "/api/reuse"],
  ["reuse framing+months", "api", "/api/reuse?framing=official&from=2019-01&to=2020-12"],
  ["reuse outlets", "api", `/api/reuse/outlets?${O(1)}`],
  ["page: overview", "page", "/"],
  ["page: overview filtered", "page", `/?framing=testimony&from=2020-01&to=2021-12`],
  ["page: keyness", "page", "/keyness"],
  ["page: reuse", "page", "/reuse"],
  ["page: articles", "page", "/articles"],
  // the widest story of reuse, found when the dashboard runs (CLUSTER)
  ["page: reuse story", "page", "/reuse/CLUSTER"],
];

/** The widest story of reuse's id, for the story page's address (1 when there is none: a 404). */
async function widestCluster(base: string, collection?: string): Promise<number> {
  const answer = await fetch(`${base}/api/reuse?limit=1${collection ? `&collection=${collection}` : ""}`).then((r) => r.json()).catch(() => null) as { clusters?: { id: number }[] } | null;
  return answer?.clusters?.[0]?.id ?? 1;
}

async function medianMs(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const corpus = (passages: number, seed: number) => generateCorpus({ passages, seed });
/** Seconds of the fastest of three runs. */
async function bestOfThree(run: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await run();
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return best;
}
/** The articles to ingest, into the default collection. */
function* streamOf(articles: Iterable<SyntheticArticle>) {
  for (const a of articles) yield { label: a.file, parse: () => parsePlainTextArticle(a.text, a.meta, a.file) };
}

/** Ingests the synthetic corpus of `size` passages through the real pipeline: passages/s overall and by quarter, and
 * the loading process's peak RSS by quarter (a sample at a quarter's end swings by hundreds of MiB with the
 * batches in flight and the collector's timing, a peak does not). */
async function loadCorpus(size: number): Promise<{ perSecond: number; quarterPerSecond: number[]; rssMiB: number[] }> {
  const rssMiB: number[] = [];
  const quarterPerSecond: number[] = [];
  let quarterPeakRss = 0;
  const t = performance.now();
  let stored = 0;
  let quarter = 1;
  let quarterStart = { at: t, stored: 0 };
  const totals = await ingestArticleStream(streamOf(corpus(size, 42)), model, {
    onOutcome: (o) => {
      if (o.status === "failed") throw new Error(`${o.label}: ${o.error}`);
      stored += o.passages;
      quarterPeakRss = Math.max(quarterPeakRss, process.memoryUsage.rss());
      if (stored >= (quarter * size) / 4) {
        rssMiB.push(quarterPeakRss / 2 ** 20);
        quarterPeakRss = 0;
        const now = performance.now();
        // outcomes arrive when their batch commits, so at small sizes several quarters end in one batch: a rate
        // over the milliseconds between their outcomes would be absurd (1.8M/s), and is left out ("—")
        const seconds = (now - quarterStart.at) / 1000;
        quarterPerSecond.push(seconds >= 1 ? (stored - quarterStart.stored) / seconds : NaN);
        quarterStart = { at: now, stored };
        say(`  ${stored.toLocaleString("en")} passages, ${(stored / ((now - t) / 1000)).toFixed(0)}/s overall, ${quarterPerSecond.at(-1)!.toFixed(0)}/s this quarter`);
        quarter += 1;
      }
    },
  });
  return { perSecond: totals.passages / ((performance.now() - t) / 1000), quarterPerSecond, rssMiB };
}

/**
 * The corpus spread over `collectionCount` collections (scripts/support/bench/spreadOverCollections.ts: a copy of
 * the loaded database, article i moved to bench-(i mod N + 1), statistics recounted), and every endpoint measured
 * at c=1 for one of them (bench-1) beside the whole corpus in one collection: a dashboard on each database, the
 * same endpoint measured on both in turn (the order alternating), so that the machine's state falls on both
 * alike. A database kept from an earlier run is reused with --reuse.
 */
async function measureCollections(size: number, serverUrl: string, wholeUrl: string): Promise<SizeFigures["collections"]> {
  const url = withDatabase(serverUrl, `narrative_lens_bench_${size}_collections`);
  await disconnect();
  process.env.DATABASE_URL = url;
  await createDatabaseIfMissing(url);
  const kept = opts.reuse && (await countPassages().catch(() => 0)) >= size;
  await disconnect();
  if (kept) await migrate(url);
  else {
    say(`copying the ${size.toLocaleString("en")} passages and spreading them over ${collectionCount} collections (statistics recounted)`);
    const t = performance.now();
    await copyDatabase(wholeUrl, url);
    await spreadOverCollections(collectionCount);
    await vacuumTables();
    say(`  done in ${((performance.now() - t) / 60_000).toFixed(1)} min`);
  }
  const collection = benchCollectionName(0);
  const passages = (await listCollections()).find((c) => c.name === collection)?.passages ?? 0;
  await disconnect();
  const seconds = Number(opts.collectionSeconds);
  const sides = [
    { label: collection, url, port: Number(opts.port), collection: collection as string | undefined, http: [] as SizeFigures["http"] },
    { label: "whole corpus", url: wholeUrl, port: Number(opts.port) + 1, collection: undefined, http: [] as SizeFigures["http"] },
  ];
  const started: Dashboard[] = [];
  try {
    for (const side of sides) started.push(await startDashboard(process.cwd(), side.port, { DATABASE_URL: side.url, RESPONSE_CACHE: "off", STATS_CUBE: serverStatsCube }));
    const clusters: number[] = [];
    for (const [i, side] of sides.entries()) {
      const cube = await waitForStatsCube(started[i].base);
      say(`  statistics cube (${side.label}): ${cube ? `${cube.rows.toLocaleString("en")} rows` : "not ready: SQL answers"}`);
      clusters.push(await widestCluster(started[i].base, side.collection));
    }
    for (const [e, [name, kind, template]] of ENDPOINTS.entries()) {
      const paths = sides.map((side, i) => {
        const path = template.replace("CLUSTER", String(clusters[i]));
        return side.collection ? inCollection(path, side.collection) : path;
      });
      for (const [i, side] of sides.entries()) {
        const { cancelled } = await cancelAbandonedQueries(side.url);
        if (cancelled) say(`  (cancelled ${cancelled} queries left running)`);
        await fetch(`${started[i].base}${paths[i]}`).catch(() => {});
      }
      const order = e % 2 ? [1, 0] : [0, 1];
      for (const i of order) {
        // neither side's last request may still run: both databases share the machine
        for (const side of sides) await cancelAbandonedQueries(side.url);
        const m = await measureLatency(`${started[i].base}${paths[i]}`, 1, seconds);
        sides[i].http.push({ name, path: paths[i], kind, connections: 1, remembered: false, ...m });
      }
      const [one, whole] = sides.map((side) => side.http.at(-1)!.p95.toFixed(0));
      say(`  ${name}: p95 ${one} ms in ${collection}, ${whole} ms in the whole corpus`);
    }
  } finally {
    for (const d of started) await d.stop();
  }
  return { count: collectionCount, collection, passages, seconds, http: sides[0].http, whole: sides[1].http };
}

const inCollection = (path: string, collection: string) => `${path}${path.includes("?") ? "&" : "?"}collection=${collection}`;

// other work on the machine moves every figure: the load before and after is part of the result
const loadAtStart = os.loadavg()[0];
const other = opts.compareWith ? await prepareRevision(opts.compareWith, say) : null;
const server = await startDatabase();
const model = { model: trainModel(loadTrainingData(TRAINING_DIR), "bayes"), version: null };
const results: SizeFigures[] = [];
// every in-process figure (precomputed against naive) is a computed answer, never a remembered one, and
// "precomputed" means the statistics tables: this process loads no cube of its own (the server measured does,
// as the user's setting says), which would also compete with the server's for the machine
process.env.RESPONSE_CACHE = "off";
const serverStatsCube = process.env.STATS_CUBE ?? "on";
process.env.STATS_CUBE = "off";
try {
  for (const size of sizes) {
    const url = withDatabase(server.url, `narrative_lens_bench_${size}`);
    process.env.DATABASE_URL = url;
    await disconnect();
    await createDatabaseIfMissing(url);
    const reuse = opts.reuse && (await countPassages().catch(() => 0)) >= size;
    await disconnect();

    // classification alone, over whole articles (speaker context carried from passage to passage): the best of
    // three passes, as a long import runs warm; a single pass also timed the JIT compiling it (10,100/s against
    // 15,700/s in later passes on one machine)
    const sample = [...corpus(Math.min(size, 20_000), 99)].map((a) => parsePlainTextArticle(a.text, a.meta, a.file).passages.map((p) => p.text));
    const count = sample.reduce((s, a) => s + a.length, 0);
    const classifyOneThreadPerSecond = count / (await bestOfThree(() => { for (const texts of sample) labelArticle(texts, model.model); }));
    const predictPerSecond = count / (await bestOfThree(() => { for (const texts of sample) for (const text of texts) model.model.predict(text); }));
    // the same labelling in worker threads, one per core, as classify-all re-labels a corpus
    const pool = LabellingPool.open(model.model);
    const classifyPerSecond = count / (await bestOfThree(() => pool.label(sample)).finally(() => pool.close()));
    const classifyThreads = pool.threads;

    let ingestPerSecond = NaN;
    let ingestQuarterPerSecond: number[] = [];
    let ingestRssMiB: number[] = [];
    // a database kept from an earlier run gets the migrations added since (the code measured expects them)
    if (reuse) await migrate(url);
    if (!reuse) {
      await recreateDatabase(url);
      await migrate(url);
      say(`loading ${size.toLocaleString("en")} passages`);
      ({ perSecond: ingestPerSecond, quarterPerSecond: ingestQuarterPerSecond, rssMiB: ingestRssMiB } = await loadCorpus(size));
      // what a bulk import does before serving: visibility map and planner statistics for the tables it filled
      await vacuumTables();
    }

    // precomputed vs naive: the same filters in whole months (aggregates) and in days (forced onto passages)
    const filters = [{}, { framing: ["testimony" as const] }, { from: "2019-01", to: "2020-12" }];
    const names = ["all", "testimony", "2019–2020"];
    const days = (f: { from?: string; to?: string }) => ({ ...f, from: f.from ? `${f.from}-01` : "1901-01-01", to: f.to ? `${f.to}-28` : "2999-12-31" });
    const aggregates: SizeFigures["aggregates"] = {};
    for (const [name, query] of [["framingByOutlet", getFramingByOutlet], ["framingByMonth", getFramingByMonth], ["topTerms", getTopTerms]] as const) {
      for (const [i, f] of filters.entries()) {
        const precomputedMs = await medianMs(() => query(f), 5);
        const naiveMs = await medianMs(() => query(days(f)), size > 200_000 ? 1 : 3);
        aggregates[`${name} ${names[i]}`] = { precomputedMs, naiveMs, ratio: naiveMs / precomputedMs };
      }
    }
    await disconnect();

    // HTTP against the production build: first with every answer computed (the figures the targets are judged
    // on), then with answers remembered while the database is unchanged, at concurrency 16
    await buildIfStale(say);
    const http: SizeFigures["http"] = [];
    // each measurement (and each warm-up) starts with no query of an earlier one still running
    const settle = async () => {
      const { cancelled, idle } = await cancelAbandonedQueries(url);
      if (cancelled) say(`  (cancelled ${cancelled} queries left running by the previous measurement${idle ? "" : "; still running after a minute"})`);
    };
    let serverRssMiB = 0;
    let statsCube: SizeFigures["statsCube"] = null;
    let statsCubeRefresh: SizeFigures["statsCubeRefresh"] = null;
    const compared: NonNullable<SizeFigures["compared"]> | undefined = other ? { revision: other.rev, http: [] } : undefined;
    for (const [remembered, concurrencies] of [[false, [1, 16]], [true, [16]]] as const) {
      // the revision compared with runs beside this one for the computed answers: each endpoint measured on
      // both in turn, so that the machine's load falls on both alike
      const servers = [{ dir: process.cwd(), port: Number(opts.port), own: true }, ...(other && !remembered ? [{ dir: other.dir, port: Number(opts.port) + 1, own: false }] : [])];
      const env = { DATABASE_URL: url, RESPONSE_CACHE: remembered ? "on" : "off", STATS_CUBE: serverStatsCube };
      const started: Dashboard[] = [];
      try {
        for (const s of servers) started.push(await startDashboard(s.dir, s.port, env));
        for (const [i, s] of servers.entries()) {
          // the statistics cube loads in the background once the data has settled; the figures are those of a
          // server that has it (a server that has just started, or that has just been written to, answers from SQL)
          const cube = await waitForStatsCube(started[i].base);
          if (s.own) statsCube = cube;
          say(`  statistics cube${s.own ? "" : ` (${other!.rev})`}: ${cube ? `${cube.rows.toLocaleString("en")} rows, ready ${cube.readySeconds.toFixed(0)} s after start` : "not ready after 15 minutes: SQL answers"}`);
        }
        const cluster = await widestCluster(started[0].base);
        for (const [e, [name, kind, template]] of ENDPOINTS.entries()) {
          const endpoint = template.replace("CLUSTER", String(cluster));
          for (const d of started) {
            await settle();
            await fetch(`${d.base}${endpoint}`).catch(() => {}); // first request compiles nothing but warms caches: not counted
          }
          for (const connections of concurrencies) {
            // alternate which goes first, so that neither always measures right after the other
            const order = e % 2 ? [...servers.keys()].reverse() : [...servers.keys()];
            for (const i of order) {
              await settle();
              const m = await measureLatency(`${started[i].base}${endpoint}`, connections, Number(opts.seconds));
              const row = { name, path: endpoint, kind, connections, remembered, ...m };
              if (servers[i].own) http.push(row);
              else compared!.http.push(row);
              say(`  ${name} c=${connections}${remembered ? " (remembered)" : ""}${servers[i].own ? "" : ` [${other!.rev}]`}: p95 ${m.p95.toFixed(0)} ms`);
            }
          }
        }
        serverRssMiB = Math.max(serverRssMiB, treeRssMiB(started[0].pid));
        if (!remembered && statsCube) {
          statsCubeRefresh = await timeStatsCubeRefresh(started[0].base);
          await disconnect();
          say(`  statistics cube after a relabel: ${statsCubeRefresh ? statsCubeRefresh.map((t) => `${t.refreshMs.toFixed(0)} ms`).join(", then ") : "loaded whole"}`);
        }
      } finally {
        // also when a measurement fails: no server may outlive the bench
        for (const d of started) await d.stop();
      }
    }

    // one collection of several at the same total size (before the slices below add to the corpus)
    const collections = collectionCount > 0 && collectionSizes.has(size) ? await measureCollections(size, server.url, url) : undefined;
    process.env.DATABASE_URL = url;
    await disconnect();

    // what detection costs at this size: more of the corpus, in slices with and without it (after the HTTP runs,
    // which measure the corpus as loaded)
    let reuseCost: ReuseCost | undefined;
    if (opts.reuseCost) {
      const slicePassages = Math.max(1_000, Math.min(10_000, Math.round(size / 20)));
      say(`text-reuse detection's cost at ${size.toLocaleString("en")} passages: slices of ${slicePassages.toLocaleString("en")} passages`);
      // seeds of their own: none of their articles is in the corpus already
      reuseCost = await measureReuseCost((i) => streamOf(corpus(slicePassages, 1_000 + i)), slicePassages, model, say);
      await disconnect();
    }

    const figures: SizeFigures = {
      passages: size, classifyPerSecond, classifyThreads, classifyOneThreadPerSecond, predictPerSecond, ingestPerSecond, ingestQuarterPerSecond, ingestRssMiB,
      reuseCost, serverRssMiB, statsCube, statsCubeRefresh, aggregates, http, compared, collections,
    };
    results.push(figures);
    printSize(figures);
  }
  printGrowth(results);
  const run: BenchResults = {
    machine: {
      cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), cpu: os.cpus()[0]?.model.trim(), node: process.version,
      loadAverage: [loadAtStart, os.loadavg()[0]],
    },
    at: new Date().toISOString(), args: process.argv.slice(2), results,
  };
  fs.mkdirSync("bench", { recursive: true });
  fs.writeFileSync("bench/results.json", JSON.stringify(run, null, 2));
  fs.writeFileSync("docs/benchmarks.md", formatBenchmarks(run));
  console.log("\nwrote bench/results.json and docs/benchmarks.md");
} finally {
  await disconnect();
  await server.stop();
}
