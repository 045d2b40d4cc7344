// A CLI as a user pipes it: a child process whose stdout goes through `| cat` (a pipe, not a file or a
// terminal), its exit code kept through the pipe (pipefail).
import { spawn } from "node:child_process";
import { scriptCommand } from "./scriptCommand";

export function runPiped(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const [node, nodeArgs] = scriptCommand(script, args);
    const command = [node, ...nodeArgs].map((a) => `'${a}'`).join(" ");
    const child = spawn("bash", ["-o", "pipefail", "-c", `${command} | cat`], { env: process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
