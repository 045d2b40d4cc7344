// .env.example documents every setting lib/env.ts reads, and is committed; a checkout's own .env files are not.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { test } from "node:test";
import { ENV_KEYS } from "../../lib/env";

test(".env.example names every variable lib/env.ts reads, with its default", () => {
  const documented = new Set([...fs.readFileSync(".env.example", "utf8").matchAll(/^# ([A-Z0-9_]+)=/gm)].map((m) => m[1]));
  // NODE_ENV is set by the tools (next, node --test), not by a user
  const missing = ENV_KEYS.filter((key) => key !== "NODE_ENV" && !documented.has(key));
  assert.deepEqual(missing, []);
});

test(".env.example is committed; .env and .env.local are ignored", () => {
  const ignored = (file: string) => spawnSync("git", ["check-ignore", "-q", file]).status === 0;
  assert.equal(ignored(".env.example"), false);
  assert.equal(ignored(".env"), true);
  assert.equal(ignored(".env.local"), true);
  assert.equal(ignored(".env.production.local"), true);
});
