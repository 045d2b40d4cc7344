// Runs every *.test.ts under the given folders with Node's test runner.
//   (default)      one file at a time
//   --parallel     one file per core in one runner (the unit tests, which touch no database)
//   --databases    one worker per core, each with its own copy of the test database (the integration tests:
//                  files in one worker run one at a time, as they empty and fill their database); each file's
//                  output is printed whole when it ends, then a summary
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exit } from "./support/exit";
import { run } from "./support/run";
import { runFilesOnDatabases } from "./support/testWorkers";

const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith("--")));
const roots = process.argv.slice(2).filter((a) => !a.startsWith("--"));
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
const env = { DOTENV_CONFIG_QUIET: "true", STATS_CUBE: process.env.STATS_CUBE ?? "off" };
if (flags.has("--databases") && files.length > 1) {
  await exit(await runFilesOnDatabases(files, env));
} else {
  const concurrency = flags.has("--parallel") ? os.availableParallelism() : 1;
  await exit(await run(process.execPath, ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, "--test-reporter=spec", ...files], env));
}
