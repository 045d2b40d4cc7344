// Another revision of this repository, built beside the checkout, so that one bench run measures it against the
// same database and machine load as this one (`npm run bench -- --compare-with REV`): its files exported with
// `git archive` (no worktree left behind), its dependencies installed from the npm cache, its dashboard built.
// Kept under .bench/ and reused while the revision is the same.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export interface Revision { rev: string; dir: string }

export async function prepareRevision(rev: string, say: (m: string) => void): Promise<Revision> {
  const sha = execFileSync("git", ["rev-parse", "--short=12", `${rev}^{commit}`], { encoding: "utf8" }).trim();
  const dir = path.resolve(".bench", `rev-${sha}`);
  if (fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) return { rev: sha, dir };
  say(`preparing ${sha} to compare with: export, npm ci, next build (a few minutes, once)`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const archive = execFileSync("git", ["archive", "--format=tar", sha], { maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  await runIn(dir, "npm", ["ci", "--no-audit", "--no-fund"]);
  await runIn(dir, path.join(dir, "node_modules", ".bin", "next"), ["build"]);
  return { rev: sha, dir };
}

function runIn(cwd: string, command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} in ${cwd} exited with ${code}`))));
  });
}
