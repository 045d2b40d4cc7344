import assert from "node:assert/strict";
import { test } from "node:test";
import { buildReuseTestSet, EDITS } from "./buildReuseTestSet";

test("the test set is deterministic, and each reprinted word points at its own text", () => {
  const docs = buildReuseTestSet();
  assert.deepEqual(buildReuseTestSet().map((d) => d.text), docs.map((d) => d.text));
  assert.equal(docs.length, 24 * (EDITS.length + 1));
  const original = docs.find((d) => d.kind === "original")!;
  for (const d of docs) for (const [key, [start, end]] of d.reprinted) {
    const [, index] = key.split(":");
    const word = d.text.slice(start, end);
    assert.match(word, /^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u, `${d.id} ${key} "${word}"`);
    if (d.source === original.source && key.startsWith(`s${original.source}:`)) {
      const [s, e] = original.reprinted.get(key)!;
      assert.equal(word, original.text.slice(s, e), `word ${index}`);
    }
  }
});
