// Runs every *.test.ts under the given folders with Node's test runner: one file at a time, as the integration
// tests share one database; `--parallel` (the unit tests, which touch no database) one file per core.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exit } from "./support/exit";
import { run } from "./support/run";

const parallel = process.argv.includes("--parallel");
const roots = process.argv.slice(2).filter((a) => a !== "--parallel");
// folders are searched; a file given by name runs as it is
const files = roots.flatMap((root) =>
  fs.statSync(root).isDirectory()
    ? fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".test.ts")).map((f) => path.join(root, f))
    : [root],
).sort();
if (!files.length) {
  console.error(`no *.test.ts files under ${roots.join(", ")}`);
  await exit(1);
}
await exit(await run(process.execPath, ["--import", "tsx", "--test", `--test-concurrency=${parallel ? os.availableParallelism() : 1}`, "--test-reporter=spec", ...files], { DOTENV_CONFIG_QUIET: "true", STATS_CUBE: process.env.STATS_CUBE ?? "off" }));
