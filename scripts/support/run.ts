// Child processes for the CLIs: project binaries on PATH, signals forwarded, exit code returned.
import path from "node:path";
import { spawn } from "node:child_process";

export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: "inherit",
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

export async function runOrThrow(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const code = await run(command, args, env);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
}

export const migrate = (url: string) => runOrThrow("prisma", ["migrate", "deploy"], { DATABASE_URL: url });
