import assert from "node:assert/strict";
import { test } from "node:test";
import { countTerms, foundInContentWords, termKey } from "./terms";
import { stem, tokenize } from "./tokenize";

test("tokenize keeps hyphenated and apostrophe words whole and lowercases", () => {
  assert.deepEqual(tokenize("China’s ‘Re-education’ CAMPS, I said."), ["china's", "re-education", "camps", "i", "said"]);
});

test("tokenize keeps non-Latin words", () => {
  assert.deepEqual(tokenize("Urumqi (乌鲁木齐) and Ürümqi"), ["urumqi", "乌鲁木齐", "and", "ürümqi"]);
});

test("stems group inflections, including hyphenated words", () => {
  assert.equal(stem("camps"), stem("camp"));
  assert.equal(stem("re-education"), stem("re-educated"));
});

test("countTerms drops stop words and numbers and counts each surface form", () => {
  const terms = countTerms("The camps and the camp: 2019 was the year camps grew, officials said.").filter((t) => t.n === 1);
  const bySurface = Object.fromEntries(terms.map((t) => [t.surface, t]));
  assert.equal(bySurface.camps.count, 2);
  assert.equal(bySurface.camp.count, 1);
  assert.equal(bySurface.camps.stem, bySurface.camp.stem);
  for (const gone of ["the", "and", "was", "said", "2019"]) assert.equal(bySurface[gone], undefined, gone);
  assert.ok(bySurface.officials);
});

test("phrases start and end on content words and never cross punctuation", () => {
  const surfaces = countTerms("Crimes against humanity, the panel said; re-education camps grew.").map((t) => t.surface);
  assert.ok(surfaces.includes("crimes against humanity"));
  assert.ok(surfaces.includes("re-education camps"));
  assert.ok(!surfaces.includes("humanity panel"), "crossed a comma");
  assert.ok(!surfaces.some((s) => /^(the|against) |\b(the|against)$/.test(s)), "stop word at an edge");
  assert.ok(!surfaces.includes("panel said"));
});

test("a phrase's key is its words' stems, so inflections meet", () => {
  const rows = countTerms("The internment camp. Internment camps.");
  const phrases = rows.filter((r) => r.n === 2);
  assert.equal(phrases.length, 2);
  assert.equal(phrases[0].stem, phrases[1].stem);
  assert.equal(termKey("Internment Camps"), phrases[0].stem);
});

test("possessives count with their noun", () => {
  const terms = countTerms("China's policy and China policy.").filter((t) => t.n === 1);
  assert.equal(terms.find((t) => t.surface === "china")?.count, 2);
});

test("a search starts from content words only when every match must lie in one", () => {
  assert.ok(foundInContentWords("Anmoren"), "letters, case aside");
  assert.ok(!foundInContentWords("the"), "a stop word holds it");
  assert.ok(!foundInContentWords("her"), "inside stop words (there, here)");
  assert.ok(!foundInContentWords("ab"), "too short: tokens of one letter and numbers are left out");
  assert.ok(!foundInContentWords("camp 4"), "a space or digit can span tokens");
  assert.ok(!foundInContentWords("re-education"), "a hyphen");
  assert.ok(!foundInContentWords("Ürümqi"), "beyond ASCII, case rules differ between JavaScript and PostgreSQL");
});
