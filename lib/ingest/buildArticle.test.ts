import assert from "node:assert/strict";
import { test } from "node:test";
import { IngestError, parsePlainTextArticle } from "./buildArticle";

const text = [
  "Harbour Strike Enters Third Day",
  "",
  "Dock workers stayed off the job for a third day on Wednesday, the port authority said in a statement.",
  "",
  "“I have not been paid since March,” said one crane operator, who asked not to be named.",
].join("\n");

test("passages carry offsets into the cleaned text", () => {
  const a = parsePlainTextArticle(text, { outlet: "Port Times" }, "fallback");
  assert.equal(a.passages.length, 2);
  for (const p of a.passages) assert.equal(a.cleanedText.slice(p.start, p.end), p.text);
  assert.equal(a.title, "Harbour Strike Enters Third Day");
  assert.equal(a.siteName, "Port Times");
});

test("the content hash ignores whitespace and line-ending differences", () => {
  const a = parsePlainTextArticle(text, {}, "x");
  const b = parsePlainTextArticle(`${text.replace(/\n/g, "\r\n")}\n\n\n`, {}, "x");
  assert.equal(a.contentHash, b.contentHash);
  const c = parsePlainTextArticle(text.replace("third day", "fourth day"), {}, "x");
  assert.notEqual(a.contentHash, c.contentHash);
});

test("metadata from the caller wins over what the text suggests", () => {
  const a = parsePlainTextArticle(text, { title: "Another Title", author: "A. Writer", published: "2020-02-03", url: "https://example.org/a" }, "x");
  assert.equal(a.title, "Another Title");
  assert.equal(a.byline, "A. Writer");
  assert.equal(a.publishedTime, "2020-02-03");
  assert.equal(a.url, "https://example.org/a");
});

test("empty, binary and all-furniture inputs are refused with a reason", () => {
  assert.throws(() => parsePlainTextArticle("   \n\n ", {}, "x"), (e: unknown) => e instanceof IngestError && /empty/.test(e.message));
  assert.throws(() => parsePlainTextArticle("abc\u0000def", {}, "x"), /not a text file/);
  assert.throws(() => parsePlainTextArticle("Headline Only\n\nShare this article\n\nRECOMMENDATIONS FOR YOU", {}, "x"), /no article text/);
});
