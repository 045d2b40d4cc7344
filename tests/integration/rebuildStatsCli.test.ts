// npm run rebuild-stats: statistics damaged behind the application's back (a hand edit, a partial restore) are
// put back exactly as ingestion had written them.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { collectInputFiles } from "../../lib/ingest/sources";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { emptyDatabase, statsSnapshot, testModel } from "../support/db";
import { scriptCommand } from "../support/scriptCommand";

before(async () => {
  await emptyDatabase();
  await ingestInputs(collectInputFiles(["data/demo"]).files.slice(0, 4), testModel());
});
after(disconnect);

test("npm run rebuild-stats restores statistics that were changed by hand", async () => {
  const written = await statsSnapshot();
  const prisma = getPrisma();
  await prisma.$executeRaw`UPDATE term_stat SET count = count + 7 WHERE stem IN (SELECT stem FROM term_stat ORDER BY stem LIMIT 3)`;
  await prisma.$executeRaw`DELETE FROM passage_stat WHERE outlet_id = (SELECT MIN(outlet_id) FROM passage_stat)`;
  await prisma.$executeRaw`DELETE FROM term_surface WHERE stem IN (SELECT stem FROM term_surface ORDER BY stem LIMIT 5)`;
  assert.notDeepEqual(await statsSnapshot(), written, "the damage shows");

  const r = spawnSync(...scriptCommand("rebuild-stats"), { encoding: "utf8", env: process.env, timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /rebuilt the statistics from \d+ passages in [\d.]+ s/);
  assert.deepEqual(await statsSnapshot(), written);
});
