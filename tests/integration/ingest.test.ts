import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, beforeEach, describe, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { saveArticle } from "../../lib/queries/writes/saveArticle";
import { emptyDatabase, tableCounts, testModel } from "../support/db";

const DEMO = ["data/demo/01-un-panel-presses-beijing.txt", "data/demo/04-classroom-with-no-windows.txt"];

describe("ingesting articles into PostgreSQL", () => {
  beforeEach(emptyDatabase);
  after(disconnect);

  test("stores article, outlet, passages and terms with the manifest's metadata", async () => {
    const summary = await ingestInputs(DEMO, testModel());
    assert.equal(summary.added, 2);
    const article = await getPrisma().article.findFirstOrThrow({ where: { sourceFile: path.basename(DEMO[0]) }, include: { outlet: true, passages: { orderBy: { position: "asc" } } } });
    const manifest = JSON.parse(fs.readFileSync("data/demo/manifest.json", "utf8")) as { file: string; title: string; outlet: string; published: string; url: string }[];
    const entry = manifest.find((m) => m.file === path.basename(DEMO[0]))!;
    assert.equal(article.title, entry.title);
    assert.equal(article.outlet.name, entry.outlet);
    assert.equal(article.url, entry.url);
    assert.equal(article.publishedAt?.toISOString().slice(0, 10), entry.published);
    assert.ok(article.passages.length >= 5);
    for (const p of article.passages) {
      assert.equal(article.cleanedText.slice(p.startOffset, p.endOffset), p.text);
      assert.equal(p.labelSource, "model");
      assert.ok(p.confidence > 0 && p.confidence <= 1);
    }
    assert.ok((await tableCounts()).terms > 0);
  });

  test("re-ingesting the same content changes nothing and says so", async () => {
    await ingestInputs(DEMO, testModel());
    const before = await tableCounts();
    const again = await ingestInputs(DEMO, testModel());
    assert.equal(again.added, 0);
    assert.equal(again.unchanged, 2);
    assert.deepEqual(await tableCounts(), before);
  });

  test("an article that fails half-way leaves no trace (one transaction)", async () => {
    const good = { text: "A perfectly ordinary paragraph.", start: 0, end: 31, framing: "critical" as const, confidence: 0.9, terms: [] };
    await assert.rejects(saveArticle({
      title: "Doomed", byline: null, outlet: "Outlet That Must Not Exist", url: null, publishedAt: "2020-01-01", language: "en",
      contentHash: "doomed-hash", sourceFile: null, cleanedText: "x", modelVersion: null,
      // the second passage's framing is not a framing: the insert fails after the article row was written
      passages: [good, { ...good, framing: "propaganda" as unknown as "critical" }],
    }));
    assert.deepEqual(await tableCounts(), { outlets: 0, articles: 0, passages: 0, terms: 0 });
  });

  test("a bad file is reported with its reason and the others still go in", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-bad-"));
    const binary = path.join(dir, "broken.txt");
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const empty = path.join(dir, "empty.txt");
    fs.writeFileSync(empty, "\n\n");
    const summary = await ingestInputs([binary, DEMO[0], empty], testModel());
    assert.equal(summary.added, 1);
    assert.equal(summary.failed, 2);
    const failures = summary.outcomes.filter((o) => o.status === "failed");
    assert.match(failures[0].status === "failed" ? failures[0].error : "", /not a text file/);
    assert.match(failures[1].status === "failed" ? failures[1].error : "", /empty/);
    assert.equal((await tableCounts()).articles, 1);
  });
});
