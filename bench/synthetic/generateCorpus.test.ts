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

test("some articles reprint an earlier article's statement, edited; without reprints the rest is the same", () => {
  const withReuse = [...generateCorpus({ passages: 5000, seed: 3 })];
  const without = [...generateCorpus({ passages: 5000, seed: 3, reprints: false })];
  const paragraphs = (a: typeof withReuse) => a.map((x) => x.text.split("\n\n"));
  const changed = paragraphs(withReuse).flatMap((ps, i) => ps.filter((p, j) => p !== paragraphs(without)[i][j]));
  assert.ok(changed.length > 5 && changed.length < withReuse.length, `${changed.length} reprints in ${withReuse.length} articles`);
  // each reprint is an earlier first paragraph, trimmed, with about one word in ten changed
  const firsts = paragraphs(without).map((ps) => ps[1].split(" "));
  for (const reprint of changed) {
    const words = reprint.split(" ");
    const same = (f: string[]) => words.filter((w, k) => w === f[k]).length / words.length;
    assert.ok(firsts.some((f) => same(f) >= 0.7 && words.length <= f.length), reprint.slice(0, 80));
  }
});
