// Browser tests: build the dashboard if needed, load the demo corpus into the (fresh) test database,
// then let Playwright drive Debian's Chromium through it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { collectInputFiles } from "../lib/ingest/sources";
import { disconnect } from "../lib/db";
import { ensureModel } from "../lib/pipeline/ensureModel";
import { ingestInputs } from "../lib/pipeline/ingestInputs";
import { buildIfStale } from "./support/build";
import { exit } from "./support/exit";
import { run } from "./support/run";
import { ARABIC, articlePage } from "../tests/support/webPages";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(`[e2e] ${chromium} is missing: install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  await exit(1);
}
const say = (m: string) => console.error(`[e2e] ${m}`);
await buildIfStale(say);
const model = await ensureModel(say);
// the demo corpus, plus one hostile article for the security tests and one made-up Arabic web page for the
// right-to-left checks
const arabicPage = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nl-e2e-")), "arabic.html");
fs.writeFileSync(arabicPage, articlePage(ARABIC));
const summary = await ingestInputs([...collectInputFiles(["data/demo", "tests/fixtures/hostile"]).files, arabicPage], model);
say(`demo corpus and fixtures: ${summary.added} articles added, ${summary.failed} failed`);
// the second demo subject in its own collection, beside the default one (tests/e2e/collections.spec.ts)
const second = await ingestInputs(collectInputFiles(["data/demo-collections/sarn-dam"]).files, model, {}, undefined, { collection: "sarn-dam" });
say(`demo collection sarn-dam: ${second.added} articles added, ${second.failed} failed`);
await disconnect();
if (summary.failed || second.failed) await exit(1);
await exit(await run("playwright", ["test", ...process.argv.slice(2)]));
