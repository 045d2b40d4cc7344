// The fifteen real pages of ../shared/corpora, as a content system might serve them: opened by forty generated
// comments before the doctype (build stamps, server-side include markers). The sniffing regular expression that
// once decided whether such a page was a feed backtracked 2^40 ways here; now each page reads under the default
// budget, in the reused reader thread, with the same passages as without the comments.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CORPORA_SKIP, readCorpusPages } from "../../tests/support/shared";
import type { RawArticle } from "../ingest/types";
import { parseWithBudget, readBytesWithBudget } from "./readWithBudget";

const PREFIX = Array.from({ length: 40 }, (_, i) => `<!-- include ${i}: generated -->\n`).join("");

async function passages(name: string, bytes: Uint8Array): Promise<string[]> {
  const found = await readBytesWithBudget({ label: name, name: `${name}.html`, sourceFile: `${name}.html`, bytes, meta: {}, defaults: {} });
  assert.equal(found.length, 1);
  assert.ok(!("error" in found[0]) && found[0].content.kind === "html-page", `${name} read as a page`);
  return (await parseWithBudget(found[0] as RawArticle, name)).passages.map((p) => p.text);
}

test("real pages opened by forty comments read as pages, with their own passages", { skip: CORPORA_SKIP, timeout: 600_000 }, async () => {
  for (const page of readCorpusPages()) {
    const plain = await passages(page.name, page.html);
    const prefixed = await passages(page.name, Buffer.concat([Buffer.from(PREFIX), page.html]));
    assert.deepEqual(prefixed, plain, page.name);
    assert.ok(plain.length > 0, page.name);
  }
});
