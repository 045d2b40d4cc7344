// The command-line contracts: dry-run JSON, ingest reports and exit codes, classify on stdin.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { disconnect } from "../../lib/db";
import { emptyDatabase } from "../support/db";
import { scriptCommand } from "../support/scriptCommand";
import { SEEDS_DIR, SEEDS_SKIP } from "../support/shared";

function cli(script: string, args: string[], input?: string) {
  const r = spawnSync(...scriptCommand(script, args), { input, encoding: "utf8", env: process.env, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run ingest -- --dry-run --json", () => {
  test("prints one object per file, in order, with exactly the agreed fields", () => {
    const files = ["data/demo/02-vocational-centres-new-paths.txt", "data/demo/01-un-panel-presses-beijing.txt"];
    const r = cli("ingest", ["--dry-run", "--json", ...files]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.deepEqual(out.map((o) => o.file), files);
    for (const o of out) {
      assert.deepEqual(Object.keys(o), ["file", "title", "byline", "siteName", "publishedTime", "lang", "url", "passages", "dropped"]);
      const passages = o.passages as Record<string, unknown>[];
      assert.deepEqual(Object.keys(passages[0]), ["index", "text", "label", "confidence", "speaker"]);
      assert.ok(["official", "critical", "testimony"].includes(passages[0].label as string));
      for (const d of o.dropped as Record<string, unknown>[]) assert.deepEqual(Object.keys(d), ["text", "reason"]);
    }
    assert.equal(out[1].siteName, "Meridian Wire (sample)");
    assert.equal(out[1].byline, "Helen Varga");
  });

  test("each passage carries its speaker, read with the article's context", () => {
    const file = "data/demo/16-year-after-un-report-families-wait.txt";
    const r = cli("ingest", ["--dry-run", "--json", file]);
    assert.equal(r.code, 0, r.stderr);
    const [{ passages }] = JSON.parse(r.stdout) as { passages: { text: string; speaker: { name: string | null; role: string | null } | null }[] }[];
    const of = (start: string) => passages.find((p) => p.text.startsWith(start))?.speaker;
    // "Most said" after "spoke to twelve families" is the families, not a person called Most
    assert.deepEqual(of("Meridian Wire spoke to twelve families"), { name: "twelve families", role: "witness" });
    assert.deepEqual(of("Abdurahman, 44"), { name: "Abdurahman", role: "witness" });
    assert.deepEqual(of("Researchers who track"), { name: "Researchers", role: "ngo" });
    assert.deepEqual(of("\"The camps were the visible part,\""), { name: "Eleanor Pryce", role: "ngo" });
    // "he said" after a narrated "Abdurahman keeps a folder" is Abdurahman, not the scholar quoted before
    assert.deepEqual(of("Abdurahman keeps a folder"), { name: "Abdurahman", role: "witness" });
    assert.equal(of("Chinese officials have repeatedly said")?.role, "state_official");
  });

  test("the seed articles come out with no page furniture among their passages", { skip: SEEDS_SKIP }, () => {
    const r = cli("ingest", ["--dry-run", "--json", SEEDS_DIR]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { title: string; passages: { text: string }[]; dropped: { reason: string }[] }[];
    assert.equal(out.length, 2);
    for (const article of out) {
      for (const p of article.passages) {
        assert.ok(p.text.split(/\s+/).length >= 8, `short line kept: ${p.text}`);
        assert.ok(!/\)$/.test(p.text) || !/(image|photo|getty)/i.test(p.text.slice(-40)), `caption kept: ${p.text}`);
      }
      const reasons = new Set(article.dropped.map((d) => d.reason));
      assert.ok(reasons.has("headline (repeats the title)"));
      assert.ok(reasons.has("image caption or photo credit"));
    }
  });
});

describe("npm run ingest", () => {
  before(emptyDatabase);
  after(disconnect);

  test("reports added, then unchanged; a bad file fails the run but not the others", () => {
    const file = "data/demo/05-rival-letters-split-rights-council.txt";
    const first = cli("ingest", [file]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^added\s+.*05-rival-letters/m);
    assert.match(first.stdout, /1 added to 'xinjiang', 0 unchanged, 0 failed/);
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nl-cli-")), "bad.txt");
    fs.writeFileSync(bad, Buffer.from([0, 1, 2, 3]));
    const second = cli("ingest", [file, bad, "no/such/file.txt"]);
    assert.equal(second.code, 1);
    assert.match(second.stdout, /^unchanged\s+.*05-rival-letters/m);
    assert.match(second.stdout, /^failed\s+.*bad\.txt: not a text file/m);
    assert.match(second.stderr, /no\/such\/file\.txt: no such file or folder/);
  });
});

describe("npm run --silent classify", () => {
  test("answers one JSON line per input line, in order", () => {
    const lines = [
      { text: "“They took my husband at night and I have not seen him since,” she said." },
      { text: "The spokesperson said the measures were lawful and had restored stability to the region." },
    ];
    const r = cli("classify", [], lines.map((l) => JSON.stringify(l)).join("\n"));
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(out.length, 2);
    assert.deepEqual(Object.keys(out[0]), ["label", "confidence", "scores"]);
    assert.deepEqual(Object.keys(out[0].scores), ["official", "critical", "testimony"]);
    assert.equal(out[0].label, "testimony");
    assert.equal(out[1].label, "official");
  });
});
