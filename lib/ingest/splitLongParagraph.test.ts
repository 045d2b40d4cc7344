import assert from "node:assert/strict";
import { test } from "node:test";
import { splitLongParagraph } from "./splitLongParagraph";

test("a short paragraph stays whole", () => {
  assert.deepEqual(splitLongParagraph("One sentence. Two sentences."), ["One sentence. Two sentences."]);
});

test("a 200,000-character paragraph becomes passages of whole sentences under the limit, losing nothing", () => {
  const sentence = "The committee heard testimony from many witnesses about the conditions in the facilities. ";
  const text = sentence.repeat(2200).trim();
  const parts = splitLongParagraph(text, 2000);
  assert.ok(parts.length >= 100);
  for (const p of parts) {
    assert.ok(p.length <= 2000);
    assert.match(p, /^The committee.*facilities\.$/);
  }
  assert.equal(parts.join(" "), text);
});

test("one endless sentence is cut between words", () => {
  const text = "word ".repeat(1000).trim();
  const parts = splitLongParagraph(text, 300);
  assert.ok(parts.every((p) => p.length <= 300 && /^word( word)*$/.test(p)), "cut inside a word");
  assert.equal(parts.join(" "), text);
});
