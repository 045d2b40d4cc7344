import assert from "node:assert/strict";
import { test } from "node:test";
import { contextKey, findOccurrences, surfacePattern } from "./concordance";

test("finds every whole-word occurrence of any surface form, with its context", () => {
  const pattern = surfacePattern(["camps", "camp"])!;
  const text = "The camp grew. Campaigners counted three camps near Camp Road.";
  const hits = findOccurrences(text, pattern, 20);
  assert.deepEqual(hits.map((h) => h.match), ["camp", "camps", "Camp"]);
  assert.equal(hits[1].left, "counted three ");
  assert.equal(text.slice(hits[1].start, hits[1].end), "camps");
});

test("phrases match across any whitespace and possessives and curly apostrophes are handled", () => {
  const pattern = surfacePattern(["re-education camps", "china"])!;
  const hits = findOccurrences("China’s re-education\n camps, and china's.", pattern);
  assert.deepEqual(hits.map((h) => h.match), ["China", "re-education\n camps", "china"]);
});

test("context keys sort by the nearest word first", () => {
  assert.equal(contextKey({ left: "counted three ", right: "" }, "left"), "three counted");
  assert.equal(contextKey({ left: "", right: " near Camp Road." }, "right"), "near camp road");
});
