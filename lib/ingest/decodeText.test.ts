import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { CHINESE, FRENCH, GERMAN } from "../../tests/support/webPages";
import { decodeText } from "./decodeText";

const japanese = "政府は水曜日、新しい防災計画を発表した。住民の多くは説明が足りないと話している。避難所の数も増やすという。";

test("undeclared legacy encodings are sniffed: windows-1252, GBK, Shift_JIS", () => {
  const cases: [string, string][] = [[GERMAN.paragraphs.join("\n\n"), "windows-1252"], [FRENCH.paragraphs.join("\n\n"), "windows-1252"], [CHINESE.paragraphs.join("\n\n"), "gbk"], [japanese, "shift_jis"]];
  for (const [text, encoding] of cases) assert.equal(decodeText(iconv.encode(text, encoding)).text, text, encoding);
});

test("a declared charset is used when the bytes are not UTF-8; HTTP's declaration counts too", () => {
  const text = "Grüße aus Köln — “quoted” and €5";
  assert.equal(decodeText(iconv.encode(`<meta charset="windows-1252"><p>${text}</p>`, "windows-1252")).text, `<meta charset="windows-1252"><p>${text}</p>`);
  assert.equal(decodeText(iconv.encode(text, "iso-8859-15"), "iso-8859-15").text, text.replace("“", "?").replace("”", "?").replace("—", "?"));
  assert.equal(decodeText(iconv.encode(japanese, "shift_jis"), "Shift_JIS").text, japanese);
});

test("valid UTF-8 wins over a stale declaration left in a saved page", () => {
  const html = `<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>${CHINESE.paragraphs[0]}</p>`;
  assert.equal(decodeText(Buffer.from(html, "utf8")).text, html);
});

test("byte-order marks: UTF-8 and UTF-16", () => {
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("héllo", "utf8")])).text, "héllo");
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("مرحبا بالعالم", "utf16le")])).text, "مرحبا بالعالم");
});

test("files that are not text are refused with a clear message", () => {
  assert.throws(() => decodeText(Buffer.from("%PDF-1.7\n...")), /not a text file \(it looks like a PDF document\)/);
  assert.throws(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])), /PNG image/);
  assert.throws(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2])), /ZIP archive/);
  assert.throws(() => decodeText(Buffer.from([0x01, 0x02, 0x00, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08])), /not a text file/);
});
