// `npm run ingest` as a child process, asynchronous so that a local web server in the test's own process can
// answer the CLI's requests. Resolves once the process has exited and its output is read.
import { spawn } from "node:child_process";
import { scriptCommand } from "./scriptCommand";

export function ingestCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(...scriptCommand("ingest", args), { env: process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
