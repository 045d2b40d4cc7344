// docs/benchmarks.md from bench/results.json: the latest run's figures per corpus size, the targets met or
// not, on which machine and when, and the command that reproduces them. Pure: `npm run bench` writes its output.
import { checkTargets, P95_LIMIT_MS, type SizeFigures, wholeCorpusBeside } from "../scripts/support/bench/targets";

/** What `npm run bench` writes to bench/results.json. */
export interface BenchResults {
  /** loadAverage: the machine's 1-minute load average as the run started and as it ended */
  machine: { cores: number; memoryGiB: number; cpu?: string; node?: string; loadAverage?: [number, number] };
  /** when the run finished, ISO 8601 */
  at: string;
  /** the arguments after `npm run bench --` */
  args?: string[];
  results: SizeFigures[];
}

const count = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString("en") : "—");
const ms = (v: number | undefined) => (v === undefined ? "—" : Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString("en")) : "—");

type Http = SizeFigures["http"][number];

/** p50 / p95 / p99 of one measurement, or why there are none. */
function percentiles(h: Http | undefined): string {
  if (!h) return "—";
  if (!h.requests) return "no response";
  return `${ms(h.p50)} / ${ms(h.p95)} / ${ms(h.p99)}${h.errors ? ` (${h.errors} errors)` : ""}`;
}

function latencyTable(f: SizeFigures): string[] {
  const find = (name: string, connections: number, remembered: boolean) =>
    f.http.find((h) => h.name === name && h.connections === connections && h.remembered === remembered);
  const names = [...new Set(f.http.map((h) => h.name))];
  const lines = [
    "| endpoint | target p95 | c=1 p50 / p95 / p99 | c=16 p50 / p95 / p99 | c=16 remembered p95 |",
    "|---|---|---|---|---|",
  ];
  for (const name of names) {
    const first = f.http.find((h) => h.name === name)!;
    const remembered = find(name, 16, true);
    lines.push(`| \`${first.path}\` (${name}) | ${P95_LIMIT_MS[first.kind]} | ${percentiles(find(name, 1, false))} | ${percentiles(find(name, 16, false))} | ${remembered?.requests ? ms(remembered.p95) : remembered ? "no response" : "—"} |`);
  }
  return lines;
}

/** `--compare-with`: p95 of this checkout beside the revision measured in the same run. */
function comparisonTable(f: SizeFigures): string[] {
  if (!f.compared) return [];
  const { revision, http } = f.compared;
  const lines = [
    `Against revision \`${revision}\`, measured in the same run on the same database, each endpoint on both servers in turn (p95, ms, computed answers):`,
    "",
    `| endpoint | conc | \`${revision}\` | this checkout | ratio |`,
    "|---|---|---|---|---|",
  ];
  for (const h of f.http.filter((x) => !x.remembered)) {
    const before = http.find((c) => c.name === h.name && c.connections === h.connections);
    const ratio = before?.requests && h.requests ? `${(h.p95 / before.p95).toFixed(2)}×` : "—";
    lines.push(`| ${h.name} | ${h.connections} | ${before?.requests ? ms(before.p95) : "—"} | ${h.requests ? ms(h.p95) : "no response"} | ${ratio} |`);
  }
  return [...lines, ""];
}

/** One collection of several beside the whole corpus in one collection, at the same total size. */
function collectionsTable(f: SizeFigures): string[] {
  if (!f.collections) return [];
  const { count: n, collection, passages, http, seconds } = f.collections;
  const lines = [
    `The same corpus spread over ${n} collections (a copy of its database, article i moved to bench-(i mod ${n} + 1), statistics recounted); each endpoint for \`${collection}\` (${count(passages)} of the ${count(f.passages)} passages), beside the`,
    `whole corpus in one collection, each measured in turn with it on a dashboard of its own (p95, ms, c=1, computed answers, ${seconds} s each):`,
    "",
    `| endpoint | whole corpus | \`${collection}\` | ratio |`,
    "|---|---|---|---|",
  ];
  for (const h of http) {
    const whole = wholeCorpusBeside(f, h.name);
    const ratio = whole?.requests && h.requests ? `${(h.p95 / whole.p95).toFixed(2)}×` : "—";
    lines.push(`| ${h.name} | ${whole?.requests ? ms(whole.p95) : "—"} | ${h.requests ? ms(h.p95) : "no response"} | ${ratio} |`);
  }
  return [...lines, ""];
}

function sizeSection(f: SizeFigures): string[] {
  const loaded = Number.isFinite(f.ingestPerSecond);
  const refresh = f.statsCubeRefresh?.map((t) => `${ms(t.relabelMs)} ms, cube up to date ${ms(t.refreshMs)} ms later`).join("; back: ");
  return [
    `## ${count(f.passages)} passages`,
    "",
    `- **Ingestion:** ${loaded ? `${count(f.ingestPerSecond)} passages/s (by quarter ${f.ingestQuarterPerSecond.map(count).join(" → ")}); peak RSS of the loading process by quarter ${f.ingestRssMiB.map(count).join(" → ")} MiB` : "not measured (a database loaded by an earlier run was reused)"}.`,
    ...(f.reuseCost ? [`- **Text-reuse detection's cost at this size:** ${count(f.reuseCost.withPerSecond)} passages/s with it, ${count(f.reuseCost.withoutPerSecond)} without (it adds ${Math.round((f.reuseCost.withoutPerSecond / f.reuseCost.withPerSecond - 1) * 100)}% to the time), ingesting ${f.reuseCost.slices.length} more slices of ${count(f.reuseCost.slicePassages)} passages into the loaded corpus, on and off in turn (${f.reuseCost.slices.map((x) => `${x.detection ? "on" : "off"} ${count(x.perSecond)}`).join(", ")}).`] : []),
    `- **Classification:** ${count(f.classifyPerSecond)} passages/s over ${f.classifyThreads} worker threads, as \`npm run classify-all\` runs it; ${count(f.classifyOneThreadPerSecond)}/s on one thread; \`model.predict\` alone ${count(f.predictPerSecond)}/s.`,
    `- **Web server memory** after the HTTP runs: ${count(f.serverRssMiB)} MiB.`,
    `- **Statistics cube:** ${f.statsCube ? `${count(f.statsCube.rows)} rows, ready ${count(f.statsCube.readySeconds)} s after the server started` : "not loaded; SQL answered"}. A reviewer's relabel: ${refresh ?? "not timed"}.`,
    "",
    "Latency in milliseconds against the production build. *Computed*: every answer from the database (the targets are judged on",
    "these); *remembered*: the same URL again and again with answers kept while the data is unchanged.",
    "",
    ...latencyTable(f),
    "",
    ...comparisonTable(f),
    ...collectionsTable(f),
    "| statistic | from the statistics, ms | from the passages, ms | ratio |",
    "|---|---|---|---|",
    ...Object.entries(f.aggregates).map(([name, a]) => `| ${name} | ${ms(a.precomputedMs)} | ${ms(a.naiveMs)} | ${Number.isFinite(a.ratio) ? a.ratio.toFixed(1) : "—"}× |`),
    "",
    "| target (a million passages on this machine) | measured | met |",
    "|---|---|---|",
    ...checkTargets(f).map((t) => `| ${t.target} | ${t.measured} | ${t.met ? "yes" : "**no**"} |`),
    "",
  ];
}

export function formatBenchmarks(run: BenchResults): string {
  const { machine } = run;
  const command = `npm run bench -- ${(run.args?.length ? run.args : ["--passages", run.results.map((r) => r.passages).join(",")]).join(" ")}`;
  return [
    "# Benchmarks",
    "",
    "Written by `npm run bench` from `bench/results.json`; do not edit by hand. What is measured and how is in",
    "[architecture.md](architecture.md#measuring); the ingestion ceiling on this machine is `npm run bench:floor`",
    "([decision 008](decisions/008-ingestion-target-withdrawn.md)).",
    "",
    `- **When:** ${run.at.slice(0, 16).replace("T", " ")} UTC`,
    `- **Machine:** ${machine.cores} cores${machine.cpu ? ` (${machine.cpu})` : ""}, ${machine.memoryGiB} GiB of memory${machine.node ? `, Node ${machine.node}` : ""}`,
    ...(machine.loadAverage ? [`- **Load:** ${machine.loadAverage.map((l) => l.toFixed(1)).join(" at the start, ")} at the end (the 1-minute load average; over ${machine.cores}, the number of cores, other work shared the machine and slowed every figure)`] : []),
    `- **Reproduce:** \`${command}\``,
    "",
    ...run.results.flatMap(sizeSection),
  ].join("\n");
}
