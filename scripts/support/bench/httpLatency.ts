// Latency of one URL under load: autocannon drives the requests, and every response time is kept so that
// any percentile can be read exactly (autocannon's own summary has p90 and p97.5 but no p95).
import fs from "node:fs";
import autocannon from "autocannon";

export interface LatencyFigures { requests: number; p50: number; p95: number; p99: number; errors: number }

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function measureLatency(url: string, connections: number, seconds: number): Promise<LatencyFigures> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 60 }, (e: unknown, r: autocannon.Result) => (e ? reject(e) : resolve(r)));
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    requests: times.length, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Resident memory of a process and all its descendants, in MiB (Next's server may run in a child). */
export function treeRssMiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const own = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
    const children = fs.readdirSync(`/proc/${pid}/task`).flatMap((t) => {
      const list = fs.readFileSync(`/proc/${pid}/task/${t}/children`, "utf8").trim();
      return list ? list.split(/\s+/).map(Number) : [];
    });
    return own + children.reduce((sum, c) => sum + treeRssMiB(c), 0);
  } catch {
    return 0;
  }
}
