// The ingest command on every input kind: dry-run JSON keeps the agreed shape, one record per article;
// addresses are fetched (here from a local server); each article is reported on its own line.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { disconnect } from "../../lib/db";
import { ingestCli } from "../support/ingestCli";
import { emptyDatabase } from "../support/db";
import { startLocalServer } from "../support/localServer";
import { CORPORA_DIR, CORPORA_SKIP } from "../support/shared";
import { ARABIC, articlePage, ENGLISH, GERMAN, rssFeed } from "../support/webPages";

const cli = ingestCli;

const KEYS = ["file", "title", "byline", "siteName", "publishedTime", "lang", "url", "passages", "dropped"];

describe("npm run ingest on pages, feeds, spreadsheets and addresses", () => {
  let web: Awaited<ReturnType<typeof startLocalServer>>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-cli-inputs-"));
  before(async () => {
    web = await startLocalServer({ "/en": { type: "text/html", body: articlePage(ENGLISH) }, "/ar": { type: "text/html", body: articlePage(ARABIC) } });
    fs.writeFileSync(path.join(dir, "feed.xml"), rssFeed([{ article: GERMAN, link: GERMAN.url, full: true }, { article: ARABIC, link: ARABIC.url, full: true }]));
    fs.writeFileSync(path.join(dir, "rows.csv"), `title,outlet,text\n"${ENGLISH.title}",Ledger,"${ENGLISH.paragraphs.join("\n\n")}"\n`);
    await emptyDatabase();
  });
  after(async () => { await web.close(); await disconnect(); });

  test("--dry-run --json: one record per article, with exactly the agreed fields, for every input kind", async () => {
    const r = await cli(["--dry-run", "--json", path.join(dir, "feed.xml"), path.join(dir, "rows.csv"), `${web.base}/ar`]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.deepEqual(out.map((o) => String(o.file).replace(dir + path.sep, "").replace(web.base, "")), ["feed.xml#item 1", "feed.xml#item 2", "rows.csv#row 1", "/ar"]);
    for (const o of out) {
      assert.deepEqual(Object.keys(o), KEYS);
      assert.deepEqual(Object.keys((o.passages as object[])[0]), ["index", "text", "label", "confidence", "speaker"]);
    }
    assert.equal(out[1].lang, "ar");
    assert.equal(out[2].siteName, "Ledger");
    assert.equal(out[3].url, `${web.base}/ar`);
    assert.equal(out[3].byline, ARABIC.author);
  });

  test("--dry-run --json on the readability pages folder", { skip: CORPORA_SKIP }, async () => {
    const r = await cli(["--dry-run", "--json", CORPORA_DIR]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.equal(out.length, 15);
    for (const o of out) assert.deepEqual(Object.keys(o), KEYS);
  });

  test("ingesting addresses and a feed: one line per article, then the totals; a failure sets the exit code", async () => {
    const first = await cli([`${web.base}/en`, path.join(dir, "feed.xml")]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^added\s+http:\/\/127\.0\.0\.1:\d+\/en: "River Towns/m);
    assert.match(first.stdout, /^added\s+.*feed\.xml#item 2: /m);
    assert.match(first.stdout, /3 added to 'xinjiang', 0 unchanged, 0 failed/);
    const second = await cli([`${web.base}/en?utm_source=x`, `${web.base}/missing`, path.join(dir, "rows.csv")]);
    assert.equal(second.code, 1);
    assert.match(second.stdout, /^unchanged\s+.*\/en\?utm_source=x/m);
    assert.match(second.stdout, /^failed\s+.*\/missing: the server answered 404/m);
    assert.match(second.stdout, /^unchanged\s+.*rows\.csv#row 1/m);
  });
});
