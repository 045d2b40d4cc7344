import assert from "node:assert/strict";
import { test } from "node:test";
import { parseWithBudget, readerStarts, readBytesWithBudget } from "./readWithBudget";

const text = (i: number) => new TextEncoder().encode(`Headline ${i}\n\nThe council said on Monday that the water plan number ${i} would start in the spring.`);

test("one reader thread serves input after input, and is replaced only after one runs out of time", { timeout: 120_000 }, async () => {
  const before = readerStarts();
  for (let i = 0; i < 30; i++) {
    const [raw] = await readBytesWithBudget({ label: `a${i}.txt`, name: `a${i}.txt`, sourceFile: `a${i}.txt`, bytes: text(i), meta: {}, defaults: {} });
    assert.ok(!("error" in raw));
    const article = await parseWithBudget(raw, `a${i}`);
    assert.equal(article.title, `Headline ${i}`);
  }
  assert.equal(readerStarts() - before, 1, "reused across inputs");

  const page = `<!doctype html><html><body><article>${"<div><p>The council said the water plan would start in the spring after a long delay.</p></div>".repeat(20_000)}</article></body></html>`;
  process.env.INGEST_TIMEOUT_S = "0.3";
  try {
    await assert.rejects(parseWithBudget({ label: "slow.html", sourceFile: "slow.html", content: { kind: "html-page", html: page }, meta: {}, found: {} }, "slow"), /^Error: took longer than 0\.3 s to read; skipped$/);
  } finally {
    delete process.env.INGEST_TIMEOUT_S;
  }
  const [raw] = await readBytesWithBudget({ label: "b.txt", name: "b.txt", sourceFile: "b.txt", bytes: text(99), meta: {}, defaults: {} });
  assert.equal((await parseWithBudget(raw as never, "b")).title, "Headline 99");
  assert.equal(readerStarts() - before, 2, "a fresh reader after the one that was stopped");
});
