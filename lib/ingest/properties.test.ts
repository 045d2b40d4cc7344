// Properties of cleaning and passage splitting, over generated articles (fast-check).
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { IngestError, parsePlainTextArticle } from "./buildArticle";

// Lines built from pieces real pages are made of: prose, quotes, captions, bylines, headings, furniture,
// odd whitespace and arbitrary Unicode.
const word = fc.oneof(fc.constantFrom("camp", "the", "said", "I", "we", "Xinjiang", "re-education", "“quoted”", "(Photo: A/B)", "By", "Share", "RECOMMENDATIONS"), fc.string({ minLength: 1, maxLength: 8 }));
const line = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 40 }).map((w) => w.join(" ")),
  fc.array(word, { minLength: 8, maxLength: 30 }).map((w) => `${w.join(" ")}.`),
  fc.constantFrom("Watch Next:", "Follow us on Twitter", "By Jane Doe", "A Section Heading", "", "   ", "\t", "It was cold.", "“No,” she said."),
  fc.string({ maxLength: 200 }),
);
const article = fc.array(line, { minLength: 1, maxLength: 40 }).chain((lines) =>
  fc.array(fc.constantFrom("\n", "\n\n", "\r\n", "\n\n\n"), { minLength: lines.length, maxLength: lines.length }).map((seps) => lines.map((l, i) => l + seps[i]).join("")),
);

function parseOrNull(raw: string) {
  try {
    return parsePlainTextArticle(raw, {}, "generated");
  } catch (e) {
    if (e instanceof IngestError) return null; // refused with a reason: allowed
    throw e;
  }
}

test("cleaning never throws anything but a clear IngestError", () => {
  fc.assert(fc.property(article, (raw) => { parseOrNull(raw); }), { numRuns: 400 });
});

test("every passage's text is exactly the cleaned text at its stored offsets, in order", () => {
  fc.assert(fc.property(article, (raw) => {
    const a = parseOrNull(raw);
    if (!a) return;
    let previousEnd = -1;
    a.passages.forEach((p, i) => {
      assert.equal(p.index, i);
      assert.equal(a.cleanedText.slice(p.start, p.end), p.text);
      assert.ok(p.start > previousEnd, "passages overlap or go backwards");
      previousEnd = p.end;
    });
  }), { numRuns: 400 });
});

test("no text appears in two passages, and kept passages keep the input's order", () => {
  fc.assert(fc.property(article, (raw) => {
    const a = parseOrNull(raw);
    if (!a) return;
    const texts = a.passages.map((p) => p.text);
    assert.equal(new Set(texts).size, texts.length);
    let cursor = 0;
    const flat = raw.replace(/\s+/g, " ");
    for (const t of texts) {
      const found = flat.indexOf(t.split(/\s+/)[0], cursor);
      assert.ok(found >= 0, `passage not found in order: ${t}`);
      cursor = found;
    }
  }), { numRuns: 400 });
});
