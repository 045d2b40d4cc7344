// A CLI's output arrives whole through a pipe, however large and however slowly it is read (scripts/support/exit.ts):
// several megabytes of dry-run JSON, read by a plain pipe reader and by one that stops reading for a second,
// are byte for byte what the same run writes to a file.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, describe, test } from "node:test";
import { scriptCommand } from "../support/scriptCommand";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-output-"));

const SUBJECTS = ["The provincial ministry", "A village teacher", "The rights group", "A shop owner", "The county spokesperson", "An aid worker"];
const VERBS = ["said on Tuesday that", "wrote in a letter that", "told reporters that", "recalled that", "insisted that"];
const CLAIMS = [
  "the new water rules had been explained at every meeting in the district hall",
  "families were waiting weeks for news of relatives taken from the market square",
  "the reports about the northern depot could not be confirmed by anyone outside",
  "the schools had reopened with more pupils than before the floods of the spring",
  "nobody had been allowed to visit the building since the gates were closed",
];

/** A made-up article of `paragraphs` paragraphs, different for every `seed`. */
function article(seed: number, paragraphs: number): string {
  const lines = [`Made-up report number ${seed} on the valley's water dispute`];
  for (let p = 0; p < paragraphs; p++) {
    const k = seed * 31 + p * 7;
    const sentence = (i: number) => `${SUBJECTS[(k + i) % SUBJECTS.length]} ${VERBS[(k + 2 * i) % VERBS.length]} ${CLAIMS[(k + 3 * i) % CLAIMS.length]}.`;
    lines.push(`${sentence(0)} ${sentence(1)} ${sentence(2)} Paragraph ${p + 1} of report ${seed}.`);
  }
  return lines.join("\n\n");
}

function dryRun(stdout: "pipe" | number, onStdout?: (child: ReturnType<typeof spawn>) => Promise<Buffer>) {
  const child = spawn(...scriptCommand("ingest", ["--dry-run", "--json", dir]), { env: process.env, stdio: ["ignore", stdout, "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const output = onStdout ? onStdout(child) : Promise.resolve(Buffer.alloc(0));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return Promise.all([output, exited]).then(([out, code]) => ({ out, code, stderr }));
}

/** Reads the child's stdout; `pauseMs` stops reading after the first chunk, so the pipe fills and the writer waits. */
function reader(pauseMs: number) {
  return (child: ReturnType<typeof spawn>) => new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    let paused = false;
    child.stdout!.on("data", (d: Buffer) => {
      chunks.push(d);
      if (pauseMs && !paused) {
        paused = true;
        child.stdout!.pause();
        setTimeout(() => child.stdout!.resume(), pauseMs);
      }
    });
    child.stdout!.on("end", () => resolve(Buffer.concat(chunks)));
  });
}

describe("ingest --dry-run --json through a pipe", () => {
  let expected: Buffer;
  before(async () => {
    for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(dir, `report-${String(i).padStart(3, "0")}.txt`), article(i, 120));
    const file = path.join(dir, "..", `${path.basename(dir)}.json`);
    const fd = fs.openSync(file, "w");
    const r = await dryRun(fd);
    fs.closeSync(fd);
    assert.equal(r.code, 0, r.stderr);
    expected = fs.readFileSync(file);
    fs.rmSync(file);
    assert.ok(expected.length > 3 * 2 ** 20, `only ${expected.length} bytes: the test needs several MB`);
  });

  test("a reader gets every byte the run writes to a file, as one JSON array", async () => {
    const r = await dryRun("pipe", reader(0));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.out.length, expected.length);
    assert.ok(r.out.equals(expected));
    assert.equal((JSON.parse(r.out.toString("utf8")) as unknown[]).length, 60);
  });

  test("a reader that stops reading for a second still gets all of it", async () => {
    const r = await dryRun("pipe", reader(1000));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.out.length, expected.length);
    assert.ok(r.out.equals(expected));
  });
});
