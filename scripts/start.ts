// npm start: database (embedded unless DATABASE_URL is set) → migrations → classifier (trained if none is stored)
// → the demo collections (the demo corpus and the seeds, and the second subject: lib/pipeline/demoCollections.ts)
// into an empty database → dashboard. Ctrl-C stops all of it.
import fs from "node:fs";
import { getEnv } from "../lib/env";
import { collectInputFiles } from "../lib/ingest/sources";
import { countArticles } from "../lib/queries/reads";
import { ensureModel } from "../lib/pipeline/ensureModel";
import { DEMO_COLLECTIONS } from "../lib/pipeline/demoCollections";
import { ingestInputs } from "../lib/pipeline/ingestInputs";
import { buildIfStale } from "./support/build";
import { exit } from "./support/exit";
import { run } from "./support/run";
import { openDatabase } from "./support/session";

const dev = process.argv.includes("--dev");
const port = String(getEnv().PORT);
const say = (m: string) => console.log(`[start] ${m}`);

const session = await openDatabase();
let code = 1;
try {
  say("database ready, migrations applied");
  const model = await ensureModel((m) => say(`classifier: ${m}`));
  say(`classifier: model version ${model.version} (${model.model.algorithm})`);
  if ((await countArticles()) === 0) {
    const seeds = getEnv().SEEDS_DIR;
    for (const demo of DEMO_COLLECTIONS) {
      const inputs = [demo.folder, ...(demo.withSeeds && fs.existsSync(seeds) ? [seeds] : [])];
      say(`empty database: ingesting ${inputs.join(" and ")} into collection '${demo.collection}'`);
      const { files } = collectInputFiles(inputs);
      const summary = await ingestInputs(files, model, {}, (o) => {
        if (o.status === "failed") say(`  failed ${o.file}: ${o.error}`);
      }, { collection: demo.collection });
      say(`ingested ${summary.added} articles into '${demo.collection}' (${summary.unchanged} unchanged, ${summary.failed} failed)`);
    }
  }
  if (!dev) await buildIfStale(say);
  say(`serving the dashboard on http://localhost:${port}  (Ctrl-C to stop)`);
  code = await run("next", [dev ? "dev" : "start", "-p", port], { NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: session.url });
} catch (e) {
  console.error(`[start] ${e instanceof Error ? e.message : e}`);
} finally {
  await session.close();
}
await exit(code);
