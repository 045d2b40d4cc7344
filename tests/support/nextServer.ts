// `next start` in a child process for the tests that need a server of their own (another database, other
// settings). Keeps the tail of what the server printed, so that a test whose server never answers can say why.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const KEEP_CHARS = 4_000;

export interface NextServer {
  child: ChildProcess;
  /** the last few thousand characters the server wrote, and how it exited if it has */
  output(): string;
  stop(): void;
}

export function startNextServer(port: number, env: Record<string, string>): NextServer {
  // on the address the tests reach and freePort checked (next start alone listens on every interface)
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  let exited = "";
  const keep = (chunk: Buffer) => { printed = (printed + chunk.toString()).slice(-KEEP_CHARS); };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", (code, signal) => { exited = `\n[exited: ${signal ?? code}]`; });
  child.on("error", (e) => { exited = `\n[could not start: ${e.message}]`; });
  return {
    child,
    output: () => `next start on port ${port} printed:\n${printed || "(nothing)"}${exited}`,
    stop: () => { child.kill("SIGTERM"); },
  };
}
