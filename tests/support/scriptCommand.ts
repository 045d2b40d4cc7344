// A project script as a child process: Node with tsx's loader, which is what `npm run <script>` ends up running
// through the tsx command, without that command's own extra Node process (about 0.4 s at every start). Tests of
// signals keep the tsx command itself, since relaying them is its part.
import path from "node:path";

export function scriptCommand(script: string, args: string[] = []): [string, string[]] {
  return [process.execPath, ["--import", "tsx", path.join("scripts", `${script}.ts`), ...args]];
}
