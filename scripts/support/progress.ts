// A progress bar on a terminal; plain lines when output is piped or in CI.
import cliProgress from "cli-progress";

export interface Progress { log(line: string): void; tick(): void; stop(): void }

export function createProgress(total: number, label: string): Progress {
  if (!process.stderr.isTTY || total < 2) {
    return { log: (line) => console.log(line), tick: () => {}, stop: () => {} };
  }
  const bars = new cliProgress.MultiBar(
    { format: `${label} [{bar}] {value}/{total} inputs`, hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  return {
    log: (line) => bars.log(`${line}\n`),
    tick: () => bar.increment(),
    stop: () => bars.stop(),
  };
}
