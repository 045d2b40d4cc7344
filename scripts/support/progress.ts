// A progress bar on a terminal; plain lines when output is piped or in CI. The total can grow: a feed or a
// spreadsheet turns out to hold many articles only once it has been read.
import cliProgress from "cli-progress";

export interface Progress { log(line: string): void; tick(by?: number): void; grow(by: number): void; stop(): void }

export function createProgress(total: number, label: string, unit = "articles"): Progress {
  if (!process.stderr.isTTY) {
    return { log: (line) => console.log(line), tick: () => {}, grow: () => {}, stop: () => {} };
  }
  const bars = new cliProgress.MultiBar(
    { format: `${label} [{bar}] {value}/{total} ${unit}`, hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  return {
    log: (line) => bars.log(`${line}\n`),
    tick: (by = 1) => bar.increment(by),
    grow: (by) => bar.setTotal(bar.getTotal() + by),
    stop: () => bars.stop(),
  };
}
