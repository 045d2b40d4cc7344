// `next start` needs a production build: make one when there is none or the sources changed since.
import fs from "node:fs";
import path from "node:path";
import { runOrThrow } from "./run";

const SOURCES = ["app", "components", "lib", "public", "instrumentation.ts", "proxy.ts", "next.config.js", "package.json", "package-lock.json"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((max, f) => Math.max(max, newestMtime(path.join(p, f))), stat.mtimeMs);
}

export async function buildIfStale(say: (m: string) => void): Promise<void> {
  const buildId = ".next/BUILD_ID";
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (built && SOURCES.every((s) => newestMtime(s) <= built)) return;
  say(built ? "sources changed since the last build: rebuilding the dashboard" : "building the dashboard (first run only, about a minute)");
  await runOrThrow("next", ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
}
