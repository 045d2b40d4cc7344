import assert from "node:assert/strict";
import { test } from "node:test";
import { type BenchResults, formatBenchmarks } from "./formatBenchmarks";

const http = (name: string, path: string, kind: "api" | "search" | "page", connections: number, remembered: boolean, p: [number, number, number], requests = 100) =>
  ({ name, path, kind, connections, remembered, requests, p50: p[0], p95: p[1], p99: p[2], errors: 0 });

const fixture: BenchResults = {
  machine: { cores: 2, memoryGiB: 24, cpu: "Example CPU @ 2.0GHz", node: "v20.20.2", loadAverage: [5.88, 7.312] },
  at: "2026-12-06T03:30:12.345Z",
  args: ["--passages", "10000", "--seconds", "3"],
  results: [{
    passages: 10_000, classifyPerSecond: 35_864.2, classifyThreads: 2, classifyOneThreadPerSecond: 23_777, predictPerSecond: 31_733,
    ingestPerSecond: 412.6, ingestQuarterPerSecond: [380, 401, NaN, 450], ingestRssMiB: [600, 610, 612, 615], serverRssMiB: 412.2,
    statsCube: { rows: 123_456, readySeconds: 12.4 }, statsCubeRefresh: [{ relabelMs: 40, refreshMs: 12 }, { relabelMs: 35, refreshMs: 9 }],
    aggregates: { "topTerms all": { precomputedMs: 3.2, naiveMs: 120, ratio: 37.5 } },
    http: [
      http("overview", "/api/overview", "api", 1, false, [4.4, 8.2, 12]),
      http("overview", "/api/overview", "api", 16, false, [60, 140, 190]),
      http("overview", "/api/overview", "api", 16, true, [20, 31, 40]),
      http("keyness broad search vs framing", "/api/keyness?a.q=kalo&b.framing=official", "search", 1, false, [900, 1_450, 1_600]),
      http("keyness broad search vs framing", "/api/keyness?a.q=kalo&b.framing=official", "search", 16, false, [0, 0, 0], 0),
      http("page: overview", "/", "page", 1, false, [30, 45, 50]),
      http("page: overview", "/", "page", 16, false, [250, 420, 500]),
    ],
  }],
};

test("the page names when, on what machine and how to reproduce the run", () => {
  const md = formatBenchmarks(fixture);
  assert.match(md, /^# Benchmarks\n/);
  assert.match(md, /\*\*When:\*\* 2026-12-06 03:30 UTC/);
  assert.match(md, /\*\*Machine:\*\* 2 cores \(Example CPU @ 2\.0GHz\), 24 GiB of memory, Node v20\.20\.2/);
  assert.match(md, /\*\*Reproduce:\*\* `npm run bench -- --passages 10000 --seconds 3`/);
  assert.match(md, /\*\*Load:\*\* 5\.9 at the start, 7\.3 at the end \(the 1-minute load average; over 2, the number of cores, other work/);
  assert.doesNotMatch(md, /https?:\/\//, "no links outside the repository");
});

test("each size gives ingestion, classification, memory and every endpoint at c=1 and c=16", () => {
  const md = formatBenchmarks(fixture);
  assert.match(md, /## 10,000 passages/);
  assert.match(md, /\*\*Ingestion:\*\* 413 passages\/s \(by quarter 380 → 401 → — → 450\)/);
  assert.match(md, /\*\*Classification:\*\* 35,864 passages\/s over 2 worker threads/);
  assert.match(md, /\*\*Web server memory\*\* after the HTTP runs: 412 MiB/);
  assert.match(md, /\| `\/api\/overview` \(overview\) \| 150 \| 4\.4 \/ 8\.2 \/ 12 \| 60 \/ 140 \/ 190 \| 31 \|/);
  assert.match(md, /\| `\/api\/keyness\?a\.q=kalo&b\.framing=official` \(keyness broad search vs framing\) \| 400 \| 900 \/ 1,450 \/ 1,600 \| no response \| — \|/);
  assert.match(md, /\| `\/` \(page: overview\) \| 300 \| 30 \/ 45 \/ 50 \| 250 \/ 420 \/ 500 \| — \|/);
  assert.match(md, /\| topTerms all \| 3\.2 \| 120 \| 37\.5× \|/);
});

test("the targets are marked met or not", () => {
  const md = formatBenchmarks(fixture);
  assert.match(md, /\| classification ≥ 20,000 passages\/s \| 35864\/s \| yes \|/);
  assert.match(md, /\| ingestion memory flat .*\| 600 → 610 → 612 → 615 MiB \| yes \|/);
  assert.match(md, /\| web server memory < 1 GiB \| 412 MiB \| yes \|/);
  assert.match(md, /API with a search term p95 < 400 ms .*\| no response within the run .*\| \*\*no\*\* \|/);
});

test("a run that reused its database and recorded no arguments still formats", () => {
  const reused = { ...fixture, args: undefined, results: [{ ...fixture.results[0], ingestPerSecond: NaN, ingestQuarterPerSecond: [], ingestRssMiB: [], statsCube: null, statsCubeRefresh: null }] };
  const md = formatBenchmarks(reused);
  assert.match(md, /`npm run bench -- --passages 10000`/);
  assert.match(md, /\*\*Ingestion:\*\* not measured/);
  assert.match(md, /\*\*Statistics cube:\*\* not loaded/);
});

test("text reuse's cost from its slices, and one collection of several beside the whole corpus, with their targets", () => {
  const figures = {
    ...fixture.results[0],
    reuseCost: { slicePassages: 1_000, withPerSecond: 400, withoutPerSecond: 480, slices: [{ detection: true, perSecond: 390 }, { detection: false, perSecond: 480 }] },
    collections: {
      count: 5, collection: "bench-1", passages: 2_000, seconds: 10,
      http: [http("overview", "/api/overview?collection=bench-1", "api", 1, false, [3, 7, 9]), http("page: overview", "/?collection=bench-1", "page", 1, false, [40, 60, 70])],
      whole: [http("overview", "/api/overview", "api", 1, false, [3, 8.2, 9]), http("page: overview", "/", "page", 1, false, [30, 45, 50])],
    },
  };
  const md = formatBenchmarks({ ...fixture, results: [figures] });
  assert.match(md, /\*\*Text-reuse detection's cost at this size:\*\* 400 passages\/s with it, 480 without \(it adds 20% to the time\).*on 390, off 480/);
  assert.match(md, /\| text-reuse detection adds ≤ 30% to ingestion time \| 20% \(400\/s with, 480\/s without\) \| yes \|/);
  assert.match(md, /\| overview \| 8\.2 \| 7\.0 \| 0\.85× \|/);
  // 60 ms against 45: slower than the whole corpus beyond the run-to-run spread
  assert.match(md, /\| one of 5 collections no slower than the whole corpus \(every endpoint, c=1\) \| worst page: overview: 60 ms vs 45 ms \| \*\*no\*\* \|/);
});

test("a collection is compared with the whole corpus measured beside it, not with the size's own run", () => {
  const figures = {
    ...fixture.results[0],
    collections: {
      count: 5, collection: "bench-1", passages: 2_000, seconds: 10,
      http: [http("overview", "/api/overview?collection=bench-1", "api", 1, false, [3, 7, 9]), http("page: overview", "/?collection=bench-1", "page", 1, false, [40, 60, 70])],
      // beside it, the page was as slow in the whole corpus: the size's own run (45 ms) is not the comparison
      whole: [http("overview", "/api/overview", "api", 1, false, [3, 6, 9]), http("page: overview", "/", "page", 1, false, [40, 58, 70])],
    },
  };
  const md = formatBenchmarks({ ...fixture, results: [figures] });
  assert.match(md, /each measured in turn with it on a dashboard of its own \(p95, ms, c=1, computed answers, 10 s each\)/);
  assert.match(md, /\| page: overview \| 58 \| 60 \| 1\.03× \|/);
  assert.match(md, /\| one of 5 collections no slower than the whole corpus \(every endpoint, c=1\) \| worst overview: 7 ms vs 6 ms \| yes \|/);
});
