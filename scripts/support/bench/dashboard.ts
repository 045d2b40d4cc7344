// The production build's server (`next start`) for the benchmark's HTTP measurements.
import { spawn } from "node:child_process";
import path from "node:path";

export interface Dashboard { base: string; pid: number; stop: () => Promise<void> }

/** `next start` of the build in `dir`, once it answers /api/health. */
export async function startDashboard(dir: string, port: number, env: Record<string, string>): Promise<Dashboard> {
  const base = `http://127.0.0.1:${port}`;
  // a server left on the port (a bench that died) would be measured instead of this one
  if (await fetch(`${base}/api/health`).then(() => true, () => false)) throw new Error(`something already answers on port ${port}: stop it, or pass --port`);
  const next = spawn(path.join(dir, "node_modules/.bin/next"), ["start", "-p", String(port)], { cwd: dir, env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
  let running = true;
  const exited = new Promise((resolve) => next.once("exit", () => { running = false; resolve(null); }));
  const stop = async () => { next.kill("SIGTERM"); await exited; };
  for (let i = 0; i < 100 && running && !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 300));
  if (!running) throw new Error(`the dashboard server in ${dir} exited as it started (npm run build, or the port?)`);
  return { base, pid: next.pid!, stop };
}
