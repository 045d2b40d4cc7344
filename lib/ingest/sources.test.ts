import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { collectInputFiles, resolveMeta } from "./sources";

function tempFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-sources-"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

test("folders are searched recursively for article files; missing paths are reported", () => {
  const dir = tempFolder({ "a.txt": "x", "sub/b.txt": "y", "sub/notes.md": "z", "manifest.json": "[]" });
  const { files, missing } = collectInputFiles([dir, path.join(dir, "nope.txt")]);
  assert.deepEqual(files.map((f) => path.relative(dir, f)), ["a.txt", path.join("sub", "b.txt")]);
  assert.deepEqual(missing, [path.join(dir, "nope.txt")]);
});

test("every input kind is collected; a saved page's NAME_files folder is not", () => {
  const dir = tempFolder({
    "page.html": "<html></html>", "page_files/ad-frame.html": "<html></html>", "page_files/app.js": "x",
    "feed.xml": "<rss/>", "rows.csv": "text", "rows.jsonl": "{}", "other_files/kept.html": "<p>no page.html beside it</p>",
  });
  const { files, inputs } = collectInputFiles([dir, "https://example.org/a"]);
  assert.deepEqual(files.map((f) => path.relative(dir, f)), ["feed.xml", path.join("other_files", "kept.html"), "page.html", "rows.csv", "rows.jsonl"]);
  assert.equal(inputs.at(-1), "https://example.org/a");
});

test("manifest, then NAME.json sidecar, then flags: later sources win field by field", () => {
  const dir = tempFolder({
    "feeds.json": JSON.stringify([{ file: "a.txt", title: "From manifest", outlet: "Manifest Outlet", author: null, published: "2019-01-08", url: "https://example.org/a" }]),
    "a.json": JSON.stringify({ title: "From sidecar" }),
    "a.txt": "text",
  });
  const meta = resolveMeta(path.join(dir, "a.txt"), { url: "https://example.org/flag" });
  assert.equal(meta.title, "From sidecar");
  assert.equal(meta.outlet, "Manifest Outlet");
  assert.equal(meta.published, "2019-01-08");
  assert.equal(meta.url, "https://example.org/flag");
  assert.equal(meta.author, undefined);
});

test("a malformed sidecar is an error naming the field", () => {
  const dir = tempFolder({ "b.json": JSON.stringify({ published: "yesterday" }), "b.txt": "text" });
  assert.throws(() => resolveMeta(path.join(dir, "b.txt")), /published/);
});
