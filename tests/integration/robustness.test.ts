// Concurrent writers and crashes: articles are stored whole and once, whatever happens to the process.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, beforeEach, describe, test } from "node:test";
import { getPrisma, disconnect } from "../../lib/db";
import { collectInputFiles } from "../../lib/ingest/sources";
import { readArticleFile } from "../../lib/pipeline/ingestFile";
import { FRAMINGS } from "../../lib/classify/labels";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { rebuildStats } from "../../lib/queries/stats/rebuildStats";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { emptyDatabase, statsSnapshot, testModel } from "../support/db";
import { scriptCommand } from "../support/scriptCommand";

const tsx = path.resolve("node_modules/.bin/tsx");
const DEMO = "data/demo";
const expectedPassages = new Map(collectInputFiles([DEMO]).files.map((f) => [path.basename(f), readArticleFile(f).passages.length]));

function runIngest(input = DEMO): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, ["scripts/ingest.ts", input], { env: process.env });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.on("exit", (code) => resolve({ code, stdout }));
  });
}

async function assertOnlyWholeArticles(): Promise<number> {
  const articles = await getPrisma().article.findMany({ select: { sourceFile: true, _count: { select: { passages: true } } } });
  for (const a of articles) assert.equal(a._count.passages, expectedPassages.get(a.sourceFile!), `${a.sourceFile} is not whole`);
  assert.equal(new Set(articles.map((a) => a.sourceFile)).size, articles.length, "an article was stored twice");
  return articles.length;
}

describe("concurrent and interrupted ingestion", () => {
  beforeEach(emptyDatabase);
  after(disconnect);

  test("two ingest processes over the same folder store each article exactly once", async () => {
    const [first, second] = await Promise.all([runIngest(), runIngest()]);
    assert.equal(first.code, 0, first.stdout);
    assert.equal(second.code, 0, second.stdout);
    assert.equal(await assertOnlyWholeArticles(), expectedPassages.size);
    const added = [first.stdout, second.stdout].join("\n").split("\n").filter((l) => l.startsWith("added"));
    assert.equal(added.length, expectedPassages.size, "each file is added by exactly one process");
  });

  test("an ingest killed with SIGKILL leaves only whole articles, and a rerun completes it", async () => {
    const child = spawn(tsx, ["scripts/ingest.ts", DEMO], { env: process.env, detached: true });
    await new Promise<void>((resolve) => {
      let seen = 0;
      child.stdout.on("data", (d: Buffer) => {
        seen += (d.toString().match(/^added/gm) ?? []).length;
        if (seen >= 3) resolve();
      });
      child.on("exit", () => resolve());
    });
    process.kill(-child.pid!, "SIGKILL"); // the whole process group: tsx and the node process under it
    await new Promise((r) => child.on("exit", r));
    const stored = await assertOnlyWholeArticles();
    assert.ok(stored >= 3 && stored < expectedPassages.size, `killed after ${stored} articles`);
    const rerun = spawnSync(...scriptCommand("ingest", [DEMO]), { env: process.env, encoding: "utf8" });
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.match(rerun.stdout, new RegExp(`${expectedPassages.size - stored} added to 'xinjiang', ${stored} unchanged, 0 failed`));
    assert.equal(await assertOnlyWholeArticles(), expectedPassages.size);
  });

  test("relabelling while another process ingests keeps the precomputed statistics equal to a recount", async () => {
    const files = collectInputFiles([DEMO]).files;
    await ingestInputs(files.slice(0, 2), testModel());
    const ids = (await getPrisma().passage.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
    assert.ok(ids.length > 0, "the first two demo articles were stored"); // else the reviewers below would spin forever
    // eight more articles: each of their stores meets relabels of the stored ones, and the test stays short
    const more = fs.mkdtempSync(path.join(os.tmpdir(), "nl-relabel-"));
    for (const f of files.slice(2, 10)) fs.copyFileSync(f, path.join(more, path.basename(f)));
    const ingesting = runIngest(more);
    let done = false;
    void ingesting.then(() => { done = true; });
    // two reviewers relabel the same passages round and round until the ingest ends
    const reviewer = async (offset: number) => {
      for (let round = 0; !done || round < 3; round++) {
        for (const [i, id] of ids.entries()) await setHumanLabel(id, FRAMINGS[(i + round + offset) % 3]);
      }
    };
    await Promise.all([reviewer(0), reviewer(1)]);
    assert.equal((await ingesting).code, 0);
    const incremental = await statsSnapshot();
    await rebuildStats();
    assert.deepEqual(incremental, await statsSnapshot());
    assert.equal(await getPrisma().article.count(), 10, "the eight were added");
    fs.rmSync(more, { recursive: true, force: true });
  });
});
