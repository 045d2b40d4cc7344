import assert from "node:assert/strict";
import { test } from "node:test";
import { ENGLISH, GERMAN } from "../../../tests/support/webPages";
import { parseRawArticle } from "../parseRawArticle";
import type { RawArticle, ReadFailure } from "../types";
import { readCsv, readJsonl } from "./readTable";

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const ok = (r: RawArticle | ReadFailure): RawArticle => { assert.ok(!("error" in r), "error" in r ? r.error : ""); return r as RawArticle; };

test("CSV: one article per row from text, html or url, with title/outlet/published/author columns", () => {
  const csv = [
    "Title,Outlet,Published,Author,Text,HTML,URL",
    [quote(ENGLISH.title), "Ledger", "2024-04-03", quote(ENGLISH.author), quote(ENGLISH.paragraphs.join("\n\n")), "", ""].join(","),
    [quote(GERMAN.title), "Rheinbote", "14/02/2024", "", "", quote(GERMAN.paragraphs.map((p) => `<p>${p}</p>`).join("")), ""].join(","),
    ["", "", "", "", "", "", "https://example.org/story/1"].join(","),
    ["Empty", "", "", "", "", "", ""].join(","),
  ].join("\r\n");
  const rows = readCsv(csv, "export.csv", "export.csv", { outlet: "Flag Outlet" });
  assert.equal(rows.length, 4);
  const first = parseRawArticle(ok(rows[0]), "x");
  assert.equal(rows[0].label, "export.csv#row 1");
  assert.deepEqual(first.passages.map((p) => p.text), ENGLISH.paragraphs);
  assert.equal(first.title, ENGLISH.title);
  assert.equal(first.siteName, "Ledger");
  assert.equal(first.publishedTime, "2024-04-03");
  assert.equal(first.byline, ENGLISH.author);
  const second = parseRawArticle(ok(rows[1]), "x");
  assert.deepEqual(second.passages.map((p) => p.text), GERMAN.paragraphs);
  assert.equal(second.publishedTime, "2024-02-14");
  assert.deepEqual(ok(rows[2]).content, { kind: "url", url: "https://example.org/story/1" });
  assert.equal(ok(rows[2]).meta.outlet, "Flag Outlet");
  assert.match((rows[3] as ReadFailure).error, /no text, html or url/);
});

test("CSV: semicolon-separated exports, and a clear error without a text/html/url column", () => {
  const rows = readCsv(`title;text\nA Title;${ENGLISH.paragraphs[0]}`, "x.csv", null, {});
  assert.equal(parseRawArticle(ok(rows[0]), "x").passages[0].text, ENGLISH.paragraphs[0]);
  assert.throws(() => readCsv("name,age\nbob,3", "x.csv", null, {}), /no text, html or url column \(columns found: name, age\)/);
});

test("CSV: quoted headers, a byte-order mark and CRLF line ends", () => {
  const rows = readCsv(`\uFEFF"Headline","Body","Date"\r\n"A ""quoted"" title","${ENGLISH.paragraphs[0]}","2024-03-01"\r\n`, "x.csv", null, {});
  const a = parseRawArticle(ok(rows[0]), "x");
  assert.equal(a.title, 'A "quoted" title');
  assert.equal(a.publishedTime, "2024-03-01");
});

test("CSV: an unreadable date fails that row only", () => {
  const rows = readCsv(`title,published,text\nA,yesterday-ish,${quote(ENGLISH.paragraphs[0])}\nB,2024-01-02,${quote(ENGLISH.paragraphs[1])}`, "x.csv", null, {});
  assert.match((rows[0] as ReadFailure).error, /published: cannot read "yesterday-ish"/);
  assert.equal(ok(rows[1]).meta.published, "2024-01-02");
});

test("JSONL: one article per line; a broken line fails alone, blank lines are skipped", () => {
  const lines = [JSON.stringify({ title: ENGLISH.title, text: ENGLISH.paragraphs.join("\n\n"), lang: "en", byline: "A B" }), "", "{not json", JSON.stringify({ url: "https://example.org/a" })].join("\n");
  const rows = readJsonl(lines, "rows.jsonl", null, {});
  assert.equal(rows.length, 3);
  assert.equal(rows[0].label, "rows.jsonl#line 1");
  assert.equal(parseRawArticle(ok(rows[0]), "x").byline, "A B");
  assert.match((rows[1] as ReadFailure).error, /line|JSON/);
  assert.equal(rows[1].label, "rows.jsonl#line 3");
  assert.equal(ok(rows[2]).content.kind, "url");
});
