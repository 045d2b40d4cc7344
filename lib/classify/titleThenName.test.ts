import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { EDGE_CASES, trainingTexts } from "../../tests/oracle/equivalenceTexts";
import { titlesThenNames } from "./titleThenName";

// the expression it replaces, verbatim from tests/oracle/speaker.ts
const reference = (text: string) => [...text.matchAll(/([^,.;“”"]{3,90}?),\s+([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3})(?=,|\s+(?:said|told|says|added))/gu)]
  .map((m) => ({ title: m[1], name: m[2] }));

test("finds what the regular expression found, on real and edge-case passages", () => {
  for (const text of [...EDGE_CASES, ...trainingTexts()]) assert.deepEqual(titlesThenNames(text), reference(text), text);
});

test("finds what the regular expression found, on generated text dense in commas, names and astral characters", () => {
  const piece = fc.constantFrom(", ", ",", ". ", ";", "“", "”", "\"", " ", "  ", "\n", "Lu Kang", "Zakir", "Ab", "A", "said", " said", " told", "told", "a spokesman for the ministry",
    "x", "ab", "abc", "😀", "\uD800", "\uDC00", "é", "’s", "-", "O'Neil", "Mr", "Re-Ed");
  fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), fc.nat(100), (pieces, pad) => {
    const text = "q".repeat(pad) + pieces.join("");
    assert.deepEqual(titlesThenNames(text), reference(text));
  }), { numRuns: 20_000 });
});

test("a title is at most 90 characters, counted in code points", () => {
  const long = "😀".repeat(100);
  assert.deepEqual(titlesThenNames(`${long}, Lu Kang, said`), reference(`${long}, Lu Kang, said`));
  assert.equal(titlesThenNames(`${long}, Lu Kang, said`)[0].title, "😀".repeat(90));
});
