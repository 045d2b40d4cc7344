// Hostile and broken inputs through the real `npm run ingest`: each gets its own clear message, the good
// inputs beside them go in whole, and nothing half-written is left behind.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { emptyDatabase } from "../support/db";
import { scriptCommand } from "../support/scriptCommand";

const GOOD = "data/demo/07-all-trainees-have-graduated.txt";
const prose = (s: string) => `${s} The spokesperson said the measures were lawful, and researchers disputed that account in detail.`;

function makeInputs(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-bad-input-"));
  const put = (name: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  };
  put("empty.txt", "");
  put("blank.txt", "  \n\n\t \n");
  put("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  put("archive.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]));
  // bytes that are not UTF-8 (0xFF, 0xFE, a broken two-byte sequence) in otherwise ordinary text
  put("invalid-utf8.txt", Buffer.concat([Buffer.from("Legacy Bytes Headline\n\nThe minister said "), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(" that the reports were false, and researchers disputed that account in detail.\n")]));
  fs.writeFileSync(path.join(dir, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, 0x61));
  put("long-paragraph.txt", `A Very Long Transcript\n\n${prose("The hearing went on.").repeat(1800)}`);
  put("scripts-only.html", "<html><head><script>alert(1)</script></head><body><script>var x = 1;</script></body></html>");
  put("nested.html", `<html><body>${"<div>".repeat(6000)}<p>${prose("Deep inside the page.")}</p></body></html>`);
  put("malformed.html", `<html><head><title>Broken Markup Still Reads</title><body><article><h1>Broken Markup Still Reads</h1>${
    [1, 2, 3, 4, 5].map((i) => `<p>${prose(`Paragraph ${i} has <b>unclosed <i>tags</b> and stray </span> ends.`)} ${prose("It goes on.")}`).join("")}</div></td>`);
  put("missing-columns.csv", "headline,summary\nA title,A summary\n");
  put("broken-manifest/manifest.json", "{ this is not json");
  put("broken-manifest/story.txt", `Story Headline\n\n${prose("A story in a folder whose manifest is broken.")}`);
  put("lists-missing/manifest.json", JSON.stringify([{ file: "gone.txt", title: "Gone" }, { file: "here.txt", title: "Here", outlet: "Manifest Outlet" }]));
  put("lists-missing/here.txt", `Here\n\n${prose("The file the manifest does list.")}`);
  fs.mkdirSync(path.join(dir, "loop"));
  fs.symlinkSync("..", path.join(dir, "loop", "parent"));
  put("twice/first.txt", fs.readFileSync(GOOD));
  put("twice/second.txt", fs.readFileSync(GOOD));
  return dir;
}

describe("bad input through npm run ingest", () => {
  let dir = "";
  let run: { status: number | null; stdout: string; stderr: string };
  before(async () => {
    await emptyDatabase();
    dir = makeInputs();
    run = spawnSync(...scriptCommand("ingest", [dir, path.join(dir, "does-not-exist.txt")]), { env: process.env, encoding: "utf8", timeout: 300_000 });
  });
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await disconnect();
  });
  const line = (file: string) => `${run.stdout}\n${run.stderr}`.split("\n").find((l) => l.includes(path.join(dir, file))) ?? `(no line for ${file})`;

  test("the run fails overall, but finishes", () => {
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /\d+ added to 'xinjiang', \d+ unchanged, \d+ failed/);
  });

  test("each bad input gets its own clear message", () => {
    assert.match(line("empty.txt"), /^failed\s+.*empty\.txt: the file is empty$/);
    assert.match(line("blank.txt"), /: the file is empty$/);
    assert.match(line("photo.txt"), /: not a text file \(it looks like a PNG image\)$/);
    assert.match(line("archive.txt"), /: not a text file \(it looks like a ZIP archive/);
    assert.match(line("huge.txt"), /: the file is too large \(50\.0 MB; the limit is 20 MB, set MAX_INPUT_MB to change it\)$/);
    assert.match(line("scripts-only.html"), /: no article found in the page$/);
    assert.match(line("nested.html"), /^(failed|added)\s/); // read or refused with a reason, never a crash
    assert.match(line("missing-columns.csv"), /: no text, html or url column \(columns found: title, summary\)$/);
    assert.match(line("broken-manifest/manifest.json"), /^failed\s+.*: not valid JSON \(.*\): its metadata is not used$/);
    assert.match(line("lists-missing/manifest.json"), /^warning\s+.*: names gone\.txt, which is not in /);
    assert.match(line("does-not-exist.txt"), /: no such file or folder$/);
  });

  test("good inputs beside them go in: malformed HTML, a folder with a broken manifest, a symlink loop", () => {
    assert.match(line("malformed.html"), /^added\s/);
    assert.match(line("broken-manifest/story.txt"), /^added\s/);
    assert.match(line("lists-missing/here.txt"), /^added\s/);
  });

  test("text that is not valid UTF-8 is decoded as a legacy encoding, never with replacement characters", async () => {
    assert.match(line("invalid-utf8.txt"), /^added\s/);
    const article = await getPrisma().article.findFirstOrThrow({ where: { sourceFile: "invalid-utf8.txt" } });
    assert.ok(!article.cleanedText.includes("\uFFFD"));
    assert.match(article.cleanedText, /The minister said .+ that the reports were false/);
  });

  test("a 200,000-character paragraph is split into readable passages", async () => {
    assert.match(line("long-paragraph.txt"), /^added\s.*\((\d{2,}) passages/);
    const article = await getPrisma().article.findFirstOrThrow({ where: { sourceFile: "long-paragraph.txt" }, include: { passages: true } });
    assert.ok(article.passages.length >= 90);
    assert.ok(article.passages.every((p) => p.text.length <= 2000));
  });

  test("the same article twice in one run is stored once", () => {
    const added = [line("twice/first.txt"), line("twice/second.txt")].filter((l) => l.startsWith("added")).length;
    const unchanged = [line("twice/first.txt"), line("twice/second.txt")].filter((l) => l.startsWith("unchanged")).length;
    assert.deepEqual([added, unchanged], [1, 1]);
  });

  test("the database holds exactly the added articles, each whole", async () => {
    const added = run.stdout.split("\n").filter((l) => l.startsWith("added")).length;
    const articles = await getPrisma().article.findMany({ include: { _count: { select: { passages: true } } } });
    assert.equal(articles.length, added);
    for (const a of articles) {
      assert.ok(a._count.passages > 0);
      const passages = await getPrisma().passage.findMany({ where: { articleId: a.id }, orderBy: { position: "asc" } });
      passages.forEach((p, i) => {
        assert.equal(p.position, i);
        assert.equal(a.cleanedText.slice(p.startOffset, p.endOffset), p.text);
      });
    }
  });

  test("an unreadable file is refused with a reason", { skip: process.getuid?.() === 0 ? "running as root, which can read any file" : false }, () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nl-unreadable-")), "secret.txt");
    fs.writeFileSync(file, "Title\n\nSome text that nobody may read at all here.");
    fs.chmodSync(file, 0);
    const r = spawnSync(...scriptCommand("ingest", ["--dry-run", file]), { env: process.env, encoding: "utf8" });
    assert.match(`${r.stdout}${r.stderr}`, /permission denied/);
  });
});
