// Run a command with DATABASE_URL pointing at a database (embedded when DATABASE_URL is unset).
//   tsx scripts/with-db.ts [--test] <command...>
// --test: use a fresh, empty database named <db>_test on the same server, with migrations applied,
// so tests never touch the data a user ingested.
import os from "node:os";
import path from "node:path";
import { run } from "./support/run";
import { migrate } from "./support/migrate";
import { recreateDatabase, startDatabase, withDatabase } from "./support/database";
import { exit } from "./support/exit";

const args = process.argv.slice(2);
const forTests = args[0] === "--test";
const command = forTests ? args.slice(1) : args;
if (!command.length) {
  console.error("usage: tsx scripts/with-db.ts [--test] <command...>");
  await exit(2);
}

const db = await startDatabase({ quiet: forTests }).catch(async (e: unknown) => {
  console.error(`error: ${e instanceof Error ? e.message : e}`);
  return exit(1);
});
let code = 1;
try {
  let url = db.url;
  const extraEnv: Record<string, string> = {};
  if (forTests) {
    // tests train and store models too: keep them away from the user's model file
    extraEnv.MODEL_PATH = path.join(os.tmpdir(), `narrative-lens-test-${process.pid}`, "classifier.json");
    url = process.env.TEST_DATABASE_URL ?? withDatabase(db.url, `${new URL(db.url).pathname.slice(1)}_test`);
    await recreateDatabase(url);
    await migrate(url);
  }
  code = await run(command[0], command.slice(1), { ...extraEnv, DATABASE_URL: url });
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
} finally {
  await db.stop();
}
await exit(code);
