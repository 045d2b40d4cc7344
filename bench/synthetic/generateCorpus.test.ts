import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import { generateCorpus } from "./generateCorpus";

test("the synthetic corpus is deterministic and has exactly the passages asked for", () => {
  const a = [...generateCorpus({ passages: 230, seed: 1, passagesPerArticle: 50 })];
  const b = [...generateCorpus({ passages: 230, seed: 1, passagesPerArticle: 50 })];
  assert.deepEqual(a, b);
  const passages = a.reduce((sum, art) => sum + parsePlainTextArticle(art.text, art.meta, art.file).passages.length, 0);
  assert.equal(passages, 230);
  assert.equal(a.length, 5);
  assert.notDeepEqual(a, [...generateCorpus({ passages: 230, seed: 2 })]);
});
