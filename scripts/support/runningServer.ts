// Which embedded PostgreSQL already runs on a data folder, so that every command (npm start, ingest, train, …)
// shares one server rather than each trying to start its own on the same folder, which Postgres refuses.
// The process that starts the server writes `<data folder>-server.json` (.data/pg-server.json) and removes it
// when it stops the server; a record is trusted only while its postmaster is alive, is the one named in the
// folder's postmaster.pid, and answers a connection.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export interface ServerRecord {
  /** the postmaster's process id (from postmaster.pid) */
  pid: number;
  port: number;
  /** the process that started it, and stops it when it ends */
  startedBy: number;
}

export const recordFile = (dataDir: string) => `${path.resolve(dataDir)}-server.json`;

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/narrative_lens`;
}

/** True while a process with this id exists (EPERM: it does, under another user, as Postgres runs under root). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The process id in the folder's postmaster.pid, the lock Postgres holds on a data folder while it runs. */
export function lockHolderPid(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export async function answers(url: string, timeoutMs = 3000): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The server recorded for this folder, if it is alive and answers; a record that is not is removed. */
export async function findRunningServer(dataDir: string): Promise<ServerRecord | null> {
  let record: ServerRecord;
  try {
    record = JSON.parse(fs.readFileSync(recordFile(dataDir), "utf8")) as ServerRecord;
  } catch {
    return null;
  }
  const alive = processAlive(record.pid) && lockHolderPid(dataDir) === record.pid;
  if (alive && (await answers(embeddedUrl(record.port)))) return record;
  if (!alive) fs.rmSync(recordFile(dataDir), { force: true });
  return null;
}

export function writeServerRecord(dataDir: string, record: ServerRecord): void {
  // written whole, then renamed, so that a reader never sees half a record
  const file = recordFile(dataDir);
  fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify(record));
  fs.renameSync(`${file}.${process.pid}`, file);
}

/** Removes the record if it is still this one (a later server may have replaced it). */
export function removeServerRecord(dataDir: string, record: ServerRecord): void {
  try {
    const now = JSON.parse(fs.readFileSync(recordFile(dataDir), "utf8")) as ServerRecord;
    if (now.pid === record.pid && now.startedBy === record.startedBy) fs.rmSync(recordFile(dataDir), { force: true });
  } catch {
    // no record: nothing to remove
  }
}
