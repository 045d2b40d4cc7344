// The time budget on reading (INGEST_TIMEOUT_S): an input that takes longer to read and parse fails with a
// message saying so and the rest of the batch is added, through the real CLI, its dry run and its queue workers.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, beforeEach, describe, test } from "node:test";
import { disconnect } from "../../lib/db";
import { saveClassifierModel } from "../../lib/queries/writes/saveClassifierModel";
import { emptyDatabase, testModel } from "../support/db";
import { scriptCommand } from "../support/scriptCommand";

const BUDGET = "0.5";
const FAST = ["data/demo/01-un-panel-presses-beijing.txt", "data/demo/02-vocational-centres-new-paths.txt"];

function ingest(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(...scriptCommand("ingest", args), { env: { ...process.env, INGEST_TIMEOUT_S: BUDGET } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A real, well-formed page long enough that reading it takes seconds on any machine (about 15 MB of paragraphs). */
function slowPage(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-budget-"));
  const words = "the council said water farmers valley canal board delay spring harvest villages land dispute settled plan".split(" ");
  const paragraphs = Array.from({ length: 40_000 }, (_, i) => `<div class="b${i}"><p>${Array.from({ length: 50 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(" ")}.</p></div>`);
  const file = path.join(dir, "slow.html");
  fs.writeFileSync(file, `<!doctype html><html><head><title>Long</title></head><body><article>${paragraphs.join("")}</article></body></html>`);
  return file;
}

describe("reading under a time budget", () => {
  beforeEach(async () => {
    await emptyDatabase();
    await saveClassifierModel({ algorithm: "bayes", trainingSize: 0, metrics: {}, serialized: testModel().model.serialize() });
  });
  after(disconnect);

  test("ingest: the slow page fails with the budget's message, the files around it are added", async () => {
    const slow = slowPage();
    const r = await ingest([FAST[0], slow, FAST[1]]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`^failed\\s+.*slow\\.html: took longer than ${BUDGET} s to read; skipped$`, "m"));
    assert.match(r.stdout, /^2 added to 'xinjiang', 0 unchanged, 1 failed$/m);
  });

  test("dry run: the slow page is an error record, the others are read", async () => {
    const slow = slowPage();
    const r = await ingest(["--dry-run", "--json", slow, ...FAST]);
    const out = JSON.parse(r.stdout) as { file: string; error?: string; passages?: unknown[] }[];
    assert.deepEqual(out.map((o) => path.basename(o.file)), ["slow.html", ...FAST.map((f) => path.basename(f))]);
    assert.equal(out[0].error, `took longer than ${BUDGET} s to read; skipped`);
    assert.ok(out.slice(1).every((o) => !o.error && o.passages!.length > 0));
  });

  test("queue workers obey the same budget: the slow job fails with the message, the others are done", async () => {
    const slow = slowPage();
    const r = await ingest(["--workers", "2", FAST[0], slow, FAST[1]]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`^failed\\s+.*slow\\.html: took longer than ${BUDGET} s to read; skipped$`, "m"));
    assert.match(r.stdout, /^2 added to 'xinjiang', 0 unchanged, 1 failed$/m);
  });
});
