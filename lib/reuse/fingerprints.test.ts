import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize, tokenSpans } from "../analysis/tokenize";
import { fingerprints, shingleHash } from "./fingerprints";

/** A deterministic pseudo-random text of `n` words from a vocabulary of `size`. */
function words(n: number, size: number, seed: number): string[] {
  let s = seed;
  return Array.from({ length: n }, () => `w${((s = (s * 1103515245 + 12345) >>> 0) >>> 8) % size}`);
}

test("tokenSpans gives tokenize's tokens, each pointing at its place in the text", () => {
  const text = "The Ministry’s “Re-education” CENTRES, in Ürümqi: 新疆再教育营 closed.";
  const spans = tokenSpans(text);
  assert.deepEqual(spans.map((s) => s.token), tokenize(text));
  for (const s of spans) assert.equal(text.slice(s.start, s.end).normalize("NFC").toLowerCase().replace(/’/g, "'"), s.token);
});

test("a shingle's hash ignores case and punctuation (through the tokenizer) and depends on word boundaries", () => {
  const a = tokenSpans("Said the Minister, on Friday.").map((s) => s.token);
  const b = tokenSpans("said the minister on friday").map((s) => s.token);
  assert.equal(shingleHash(a, 0, 3), shingleHash(b, 0, 3));
  assert.notEqual(shingleHash(["ab", "c"], 0, 2), shingleHash(["a", "bc"], 0, 2));
});

test("winnowing guarantee: a shared run of window + ngram − 1 words gives both texts a common fingerprint", () => {
  const ngram = 3;
  const window = 4;
  for (let seed = 1; seed <= 200; seed++) {
    const run = words(window + ngram - 1, 1000, seed);
    const a = [...words(20, 1000, seed + 1000), ...run, ...words(15, 1000, seed + 2000)];
    const b = [...words(7, 1000, seed + 3000), ...run, ...words(30, 1000, seed + 4000)];
    const inA = new Set(fingerprints(a, ngram, window).map((f) => f.hash));
    assert.ok(fingerprints(b, ngram, window).some((f) => inA.has(f.hash)), `seed ${seed}`);
  }
});

test("winnowing keeps about 2 / (window + 1) of the shingles, in order, each once", () => {
  const tokens = words(5000, 100_000, 7);
  const prints = fingerprints(tokens, 3, 4);
  const density = prints.length / (tokens.length - 2);
  assert.ok(density > 0.3 && density < 0.5, `density ${density}`);
  for (let i = 1; i < prints.length; i++) assert.ok(prints[i].token > prints[i - 1].token);
});

test("a text shorter than a window is one window; shorter than a shingle has no fingerprint", () => {
  assert.equal(fingerprints(["a", "b", "c", "d"], 3, 4).length, 1);
  assert.deepEqual(fingerprints(["a", "b"], 3, 4), []);
});
