// The benchmark's printed tables: one size's figures, the targets, and how each figure grows with the corpus.
import { checkTargets, type SizeFigures, wholeCorpusBeside } from "./targets";

const num = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : "—");

export function printSize(f: SizeFigures): void {
  console.log(`\n== ${f.passages.toLocaleString("en")} passages`);
  console.log(`classification ${num(f.classifyPerSecond)} passages/s over ${f.classifyThreads} worker threads, as classify-all runs it (labelArticle: model + speaker context; one thread ${num(f.classifyOneThreadPerSecond)}/s; model.predict alone ${num(f.predictPerSecond)}/s)`);
  console.log(`ingestion      ${Number.isFinite(f.ingestPerSecond) ? `${num(f.ingestPerSecond)} passages/s (by quarter ${f.ingestQuarterPerSecond.map((r) => num(r)).join(" → ")}) · peak process RSS by quarter ${f.ingestRssMiB.map((m) => num(m)).join(" → ")} MiB` : "not measured (database reused)"}`);
  console.log(`\nstatistic                    precomputed ms   naive ms   naive/precomputed`);
  for (const [k, v] of Object.entries(f.aggregates)) console.log(`${k.padEnd(28)} ${num(v.precomputedMs, 1).padStart(14)} ${num(v.naiveMs, 1).padStart(10)} ${`${num(v.ratio, 1)}×`.padStart(19)}`);
  console.log(`\nendpoint                       kind    conc    req   p50 ms   p95 ms   p99 ms  errors  answers`);
  for (const h of f.http) console.log(`${h.name.padEnd(30)} ${h.kind.padEnd(6)} ${String(h.connections).padStart(5)} ${String(h.requests).padStart(6)} ${num(h.p50).padStart(8)} ${num(h.p95).padStart(8)} ${num(h.p99).padStart(8)} ${String(h.errors).padStart(7)}  ${h.remembered ? "remembered" : "computed"}`);
  console.log("(computed: every request answered from the database, which the targets are judged on; remembered: the server");
  console.log(" reuses answers while the database is unchanged, as many people opening one shared view would see)");
  console.log(`web server RSS after the HTTP runs: ${num(f.serverRssMiB)} MiB; statistics cube ${f.statsCube ? `${f.statsCube.rows.toLocaleString("en")} rows, ready ${num(f.statsCube.readySeconds)} s after start` : "not loaded"}`);
  const refresh = f.statsCubeRefresh?.map((t) => `relabel ${num(t.relabelMs)} ms, cube up to date ${num(t.refreshMs)} ms later`).join("; and back: ");
  console.log(`statistics cube after a reviewer's relabel: ${refresh ?? "not refreshed (loaded whole, or no cube)"}`);
  if (f.reuseCost) {
    const c = f.reuseCost;
    console.log(`text-reuse detection at this size: ${num(c.withPerSecond)}/s with, ${num(c.withoutPerSecond)}/s without (slices of ${c.slicePassages}: ${c.slices.map((x) => `${x.detection ? "on" : "off"} ${num(x.perSecond)}`).join(", ")})`);
  }
  if (f.compared) printComparison(f, f.compared);
  if (f.collections) printCollections(f, f.collections);
  console.log(`\ntarget                                                         measured                                     met`);
  for (const t of checkTargets(f)) console.log(`${t.target.padEnd(62)} ${t.measured.padEnd(44)} ${t.met ? "yes" : "NO"}`);
}

/** Each figure at every size, and its ratio to the smallest size: how throughput and latency scale. */
export function printGrowth(all: SizeFigures[]): void {
  if (all.length < 2) return;
  const first = all[0];
  const rows: [string, (f: SizeFigures) => number][] = [
    ["ingestion passages/s", (f) => f.ingestPerSecond],
    ["classification passages/s", (f) => f.classifyPerSecond],
    ...Object.keys(first.aggregates).map((k) => [`${k} precomputed ms`, (f: SizeFigures) => f.aggregates[k]?.precomputedMs ?? NaN] as [string, (f: SizeFigures) => number]),
    ...first.http.map((h, i) => [`${h.name} c=${h.connections}${h.remembered ? " remembered" : ""} p95 ms`, (f: SizeFigures) => f.http[i]?.p95 ?? NaN] as [string, (f: SizeFigures) => number]),
  ];
  console.log(`\n== growth: each figure at ${all.map((f) => f.passages.toLocaleString("en")).join(" / ")} passages (× the first size)`);
  for (const [name, value] of rows) {
    const cells = all.map((f) => `${num(value(f), value(f) < 10 ? 1 : 0)}${f === first ? "" : ` (${num(value(f) / value(first), 2)}×)`}`);
    console.log(`${name.padEnd(44)} ${cells.map((c) => c.padStart(18)).join("")}`);
  }
}

/** One collection of several beside the whole corpus in one collection, endpoint by endpoint (c=1). */
function printCollections(f: SizeFigures, c: NonNullable<SizeFigures["collections"]>): void {
  console.log(`\nendpoint (c=1)                 whole corpus p95   ${c.collection} (${c.passages} passages) p95   ratio`);
  for (const h of c.http) {
    const whole = wholeCorpusBeside(f, h.name);
    const ratio = whole?.requests && h.requests ? h.p95 / whole.p95 : NaN;
    console.log(`${h.name.padEnd(30)} ${num(whole?.p95 ?? NaN).padStart(16)} ${num(h.p95).padStart(28)} ${`${num(ratio, 2)}×`.padStart(7)}`);
  }
}

/**
 * This checkout against the revision compared with, endpoint by endpoint: p95 of each and their ratio. A ratio
 * within the run-to-run spread of one endpoint (about ±20% at c=1 on this machine) is noise.
 */
function printComparison(f: SizeFigures, compared: NonNullable<SizeFigures["compared"]>): void {
  console.log(`\nendpoint                       conc   ${compared.revision.padStart(12)} p95   this checkout p95   this / before`);
  for (const h of f.http.filter((x) => !x.remembered)) {
    const before = compared.http.find((c) => c.name === h.name && c.connections === h.connections);
    const ratio = before?.requests && h.requests ? h.p95 / before.p95 : NaN;
    console.log(`${h.name.padEnd(30)} ${String(h.connections).padStart(5)} ${num(before?.p95 ?? NaN).padStart(16)} ${num(h.p95).padStart(19)} ${`${num(ratio, 2)}×`.padStart(15)}`);
  }
}
