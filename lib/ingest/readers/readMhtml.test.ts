import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { articlePage, FRENCH } from "../../../tests/support/webPages";
import { parseRawArticle } from "../parseRawArticle";
import type { RawArticle } from "../types";
import { readInputBytes } from "./readInputBytes";

/** An .mhtml file as Chrome writes it: quoted-printable HTML, then the page's other parts. */
function mhtml(html: Buffer, charset: string, url: string): Buffer {
  const qp = [...html].map((b) => (b === 0x3d || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(b))).join("")
    .replace(/(.{70})/g, "$1=\r\n");
  return Buffer.from([
    "From: <Saved by Blink>", `Snapshot-Content-Location: ${url}`, "Subject: page", "MIME-Version: 1.0",
    'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc----"', "",
    "------MultipartBoundary--abc----", `Content-Type: text/html; charset=${charset}`, "Content-ID: <frame-1@mhtml.blink>",
    "Content-Transfer-Encoding: quoted-printable", `Content-Location: ${url}`, "", qp, "",
    "------MultipartBoundary--abc----", "Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable", "", "p { color: red; }", "",
    "------MultipartBoundary--abc------", "",
  ].join("\r\n"), "latin1");
}

test("a page saved as a single .mhtml file reads like the page itself, with its address", () => {
  for (const charset of ["utf-8", "windows-1252"]) {
    const bytes = mhtml(iconv.encode(articlePage(FRENCH, { charset }), charset), charset, "https://courrier.example.fr/saved");
    const [raw] = readInputBytes({ label: "page.mhtml", name: "page.mhtml", sourceFile: "page.mhtml", bytes, meta: {}, defaults: {} });
    const a = parseRawArticle(raw as RawArticle, "x");
    assert.deepEqual(a.passages.map((p) => p.text), FRENCH.paragraphs, charset);
    assert.equal(a.url, "https://courrier.example.fr/saved");
    assert.equal(a.title, FRENCH.title);
  }
});
