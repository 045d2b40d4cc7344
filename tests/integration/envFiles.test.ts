// Every command reads .env and .env.local from the folder it runs in (lib/env.ts, with Next's own loader), before
// any setting is read: .env.local over .env, and a variable set in the environment over both.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";

const tsx = path.resolve("node_modules/.bin/tsx");

/** A folder with these files, to run a command in; the environment has none of the variables they set. */
function projectFolder(files: Record<string, string>): { cwd: string; env: NodeJS.ProcessEnv } {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "nl-env-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(cwd, name), text);
  const env: NodeJS.ProcessEnv = { ...process.env, NL_PROBE_SET: "from the environment" };
  for (const key of ["DATABASE_URL", "NL_PROBE", "MAX_INPUT_MB", "__NEXT_PROCESSED_ENV"]) delete env[key];
  return { cwd, env };
}

test("with-db takes DATABASE_URL from .env and hands the files' variables to its command", () => {
  const { cwd, env } = projectFolder({
    ".env": "DATABASE_URL=postgresql://postgres@127.0.0.1:5432/named_in_dot_env\nNL_PROBE=from .env\nNL_PROBE_SET=from .env\n",
    ".env.local": "NL_PROBE=from .env.local\n",
  });
  const print = "console.log(JSON.stringify([process.env.DATABASE_URL, process.env.NL_PROBE, process.env.NL_PROBE_SET]))";
  const r = spawnSync(tsx, [path.resolve("scripts/with-db.ts"), "node", "-e", print], { cwd, env, encoding: "utf8", timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /using DATABASE_URL \(postgresql:\/\/postgres@127\.0\.0\.1:5432\/named_in_dot_env\)/);
  assert.deepEqual(JSON.parse(r.stdout.trim().split("\n").at(-1)!), [
    "postgresql://postgres@127.0.0.1:5432/named_in_dot_env", "from .env.local", "from the environment",
  ]);
  fs.rmSync(cwd, { recursive: true, force: true });
});

test("a setting in .env.local reaches lib/env.ts in a script that needs no database (ingest --dry-run)", () => {
  const { cwd, env } = projectFolder({ ".env": "MAX_INPUT_MB=50\n", ".env.local": "MAX_INPUT_MB=0.001\n", "story.txt": `A long story\n\n${"The river rose again this spring. ".repeat(100)}` });
  // the project's paths (training data, model file, tsconfig's "@/" alias) are relative to the folder it runs in
  fs.symlinkSync(path.resolve("data"), path.join(cwd, "data"));
  const args = ["--tsconfig", path.resolve("tsconfig.json"), path.resolve("scripts/ingest.ts"), "--dry-run", "--json", "story.txt"];
  const r = spawnSync(tsx, args, { cwd, env, encoding: "utf8", timeout: 120_000 });
  assert.equal(r.status, 1, r.stderr);
  const [result] = JSON.parse(r.stdout) as { error?: string }[];
  assert.match(result.error ?? "", /the limit is 0\.001 MB/);
  fs.rmSync(cwd, { recursive: true, force: true });
});
