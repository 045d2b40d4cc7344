import assert from "node:assert/strict";
import { test } from "node:test";
import { ingestJobStatus } from "./ingestJobStatus";

const row = (state: string, output: unknown = null, name: string | null = "story.html", collection: string | null = null) =>
  ingestJobStatus({ id: "j", state, output, name, collection, createdOn: new Date("2024-01-01T00:00:00Z"), completedOn: null });

test("ingestJobStatus: pg-boss's states become queued, reading and done", () => {
  assert.equal(row("created").state, "queued");
  assert.equal(row("retry").state, "queued");
  assert.equal(row("active").state, "reading");
  const done = row("completed", { added: 1, articles: [{ file: "story.html", status: "added", title: "T", articleId: 4, passages: 3 }] }, null);
  assert.deepEqual([done.state, done.articles], ["done", [{ file: "story.html", status: "added", title: "T", articleId: 4, passages: 3 }]]);
});

test("ingestJobStatus: a job that ended without articles still says why it failed", () => {
  assert.deepEqual(row("failed", { error: "story.html: the file is empty" }).articles, [{ file: "story.html", status: "failed", error: "story.html: the file is empty" }]);
  assert.match((row("expired").articles[0] as { error: string }).error, /no worker finished it/);
  // an output this code did not write (another version of the worker) is not trusted
  assert.deepEqual(row("failed", { articles: [{ file: 3 }] }).articles, [{ file: "story.html", status: "failed", error: "failed without a reason" }]);
});

test("ingestJobStatus: the collection a job was queued for, and the one each article is in", () => {
  assert.equal(row("created", null, "story.html", "sarn-dam").collection, "sarn-dam");
  assert.equal(row("created").collection, null);
  const done = row("completed", { articles: [{ file: "a.txt", status: "unchanged", title: "T", articleId: 4, passages: 3, collection: "sarn-dam", note: "already stored; now also in 'sarn-dam'" }] }, null, "sarn-dam");
  assert.deepEqual(done.articles, [{ file: "a.txt", status: "unchanged", title: "T", articleId: 4, passages: 3, collection: "sarn-dam", note: "already stored; now also in 'sarn-dam'" }]);
});
