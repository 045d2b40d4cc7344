// Child processes for the CLIs: project binaries on PATH, signals forwarded, exit code returned.
import path from "node:path";
import { spawn } from "node:child_process";

/** `stdoutToStderr`: the child's output is a message for the user, never part of this command's own output. */
export function run(command: string, args: string[], env: Record<string, string> = {}, options: { stdoutToStderr?: boolean } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: options.stdoutToStderr ? ["inherit", 2, "inherit"] : "inherit",
      env: { ...process.env, ...env, PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH}` },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export async function runOrThrow(command: string, args: string[], env: Record<string, string> = {}, options: { stdoutToStderr?: boolean } = {}): Promise<void> {
  const code = await run(command, args, env, options);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
}
