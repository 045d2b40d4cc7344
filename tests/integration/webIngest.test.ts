// Ingesting the real web: pages by address, feeds, spreadsheets, mixed folders, duplicates, and every
// failure explained with nothing half-written. The web is a local server on 127.0.0.1.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, beforeEach, describe, test } from "node:test";
import iconv from "iconv-lite";
import { disconnect, getPrisma } from "../../lib/db";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { emptyDatabase, tableCounts, testModel } from "../support/db";
import { startLocalServer } from "../support/localServer";
import { ARABIC, articlePage, articleText, CHINESE, ENGLISH, FRENCH, GERMAN, rssFeed } from "../support/webPages";

const LIMITS = { timeoutMs: 1500, maxBytes: 200_000, maxRedirects: 3 };
const HTML = "text/html; charset=utf-8";

describe("ingesting web pages, feeds and spreadsheets", () => {
  let web: Awaited<ReturnType<typeof startLocalServer>>;
  const ingest = (inputs: string[], flags = {}) => ingestInputs(inputs, testModel(), flags, undefined, { limits: LIMITS });

  before(async () => {
    web = await startLocalServer({
      "/en": { type: HTML, body: articlePage(ENGLISH) },
      "/fr": { type: HTML, body: articlePage(FRENCH, { canonical: null }) },
      "/ar": { type: HTML, body: articlePage(ARABIC) },
      "/zh-gbk": { type: "text/html; charset=GBK", body: iconv.encode(articlePage(CHINESE, { charset: "utf-8" }).replace(/<meta charset="utf-8">/, ""), "gbk") },
      "/moved": { status: 301, headers: { location: "/en" } },
      "/loop": { status: 302, headers: { location: "/loop" } },
      "/to-ftp": { status: 302, headers: { location: "ftp://127.0.0.1/file" } },
      "/huge": { type: HTML, body: `<html><body>${"<p>word </p>".repeat(40_000)}</body></html>` },
      "/slow": { hang: true },
      "/report.pdf": { type: "application/pdf", body: "%PDF-1.4 ..." },
      "/feed.xml": (base) => ({ type: "application/rss+xml", body: rssFeed([
        { article: GERMAN, link: `${base}/de-unused`, full: true },
        { article: FRENCH, link: `${base}/fr`, full: false },
        { article: ENGLISH, link: `${base}/gone`, full: false },
      ]) }),
      "/gone": { status: 410, type: "text/plain", body: "gone" },
    });
  });
  beforeEach(emptyDatabase);
  after(async () => { await web.close(); await disconnect(); });

  test("a page by address is stored with that address as its link, its outlet and language", async () => {
    const r = await ingest([`${web.base}/ar`]);
    assert.equal(r.added, 1, JSON.stringify(r.outcomes));
    const a = await getPrisma().article.findFirstOrThrow({ include: { outlet: true, passages: { orderBy: { position: "asc" } } } });
    assert.equal(a.url, `${web.base}/ar`);
    assert.equal(a.outlet.name, ARABIC.site);
    assert.equal(a.language, "ar");
    assert.equal(a.byline, ARABIC.author);
    assert.equal(a.publishedAt?.toISOString().slice(0, 10), "2024-05-10");
    assert.deepEqual(a.passages.map((p) => p.text), ARABIC.paragraphs);
  });

  test("the server's charset header decodes a GBK page; redirects are followed", async () => {
    const r = await ingest([`${web.base}/zh-gbk`, `${web.base}/moved`]);
    assert.equal(r.added, 2, JSON.stringify(r.outcomes));
    const zh = await getPrisma().article.findFirstOrThrow({ where: { language: "zh-CN" }, include: { passages: true } });
    assert.deepEqual(zh.passages.map((p) => p.text).sort(), [...CHINESE.paragraphs].sort());
    const terms = await getPrisma().$queryRaw<{ stem: string; n: number }[]>`
      SELECT d.stem, d.n FROM passage p JOIN passage_terms v ON v.passage_id = p.id
      CROSS JOIN unnest(v.term_ids) AS u(id) JOIN term d ON d.id = u.id WHERE p.article_id = ${zh.id}`;
    assert.ok(terms.some((t) => t.stem === "小学"), "Chinese terms are words");
    assert.ok(terms.filter((t) => t.n === 1).every((t) => t.stem.length <= 6), "no sentence-long terms");
  });

  test("the same article from two addresses, or as HTML and as text, is stored once", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-dup-"));
    fs.writeFileSync(path.join(dir, "saved.html"), articlePage(ENGLISH));
    fs.writeFileSync(path.join(dir, "copy.txt"), articleText(ENGLISH));
    const r = await ingest([`${web.base}/en`, `${web.base}/en?utm_source=newsletter`, path.join(dir, "saved.html"), path.join(dir, "copy.txt")]);
    assert.deepEqual(r.outcomes.map((o) => o.status), ["added", "unchanged", "unchanged", "unchanged"]);
    assert.equal((await tableCounts()).articles, 1);
  });

  test("a different text under the same canonical address is recognised as the same article", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-canon-"));
    const updated = { ...ENGLISH, paragraphs: [...ENGLISH.paragraphs, "An update added later in the day said that the water level had begun to fall again."] };
    fs.writeFileSync(path.join(dir, "morning.html"), articlePage(ENGLISH));
    fs.writeFileSync(path.join(dir, "evening.html"), articlePage(updated));
    const r = await ingest([dir]);
    assert.deepEqual(r.outcomes.map((o) => o.status), ["added", "unchanged"]);
    const second = r.outcomes[1];
    assert.match(second.status === "unchanged" ? second.note ?? "" : "", /same address as article/);
  });

  test("two different articles under one careless canonical address are both kept, and the user is told", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-canon2-"));
    fs.writeFileSync(path.join(dir, "a.html"), articlePage(ENGLISH, { canonical: "https://ledger.example.org/news/" }));
    fs.writeFileSync(path.join(dir, "b.html"), articlePage({ ...GERMAN, site: ENGLISH.site }, { canonical: "https://ledger.example.org/news/" }));
    const r = await ingest([dir]);
    assert.deepEqual(r.outcomes.map((o) => o.status), ["added", "added"]);
    const second = r.outcomes[1];
    assert.match(second.status === "added" ? second.note ?? "" : "", /same canonical address as article \d+, but the text differs/);
    assert.equal((await tableCounts()).articles, 2);
  });

  test("a feed by address: one article per item; a teaser item is fetched, a dead link falls back to the teaser", async () => {
    const r = await ingest([`${web.base}/feed.xml`]);
    assert.deepEqual(r.outcomes.map((o) => [o.file.replace(web.base, ""), o.status]), [["/feed.xml#item 1", "added"], ["/feed.xml#item 2", "added"], ["/feed.xml#item 3", "added"]]);
    const third = r.outcomes[2];
    assert.match(third.status === "added" ? third.note ?? "" : "", /feed's summary.*410/);
    const fr = await getPrisma().article.findFirstOrThrow({ where: { language: "fr" }, include: { passages: true, outlet: true } });
    assert.equal(fr.passages.length, FRENCH.paragraphs.length, "the full page, not the teaser");
    assert.equal(fr.url, `${web.base}/fr`);
  });

  test("every fetch failure is explained and leaves nothing behind", async () => {
    const closed = await startLocalServer({});
    const refused = `${closed.base}/x`;
    await closed.close();
    const inputs = [`${web.base}/loop`, `${web.base}/to-ftp`, `${web.base}/huge`, `${web.base}/slow`, `${web.base}/report.pdf`, `${web.base}/nowhere`, refused, "ftp://127.0.0.1/a.txt", "http://no-such-host.invalid/news"];
    const r = await ingest(inputs);
    const errors = r.outcomes.map((o) => (o.status === "failed" ? o.error : `not failed: ${o.status}`));
    const expected = [/too many redirects/, /only http and https/, /too large/, /timed out after 1\.5 s/, /not a web page or text \(the server says it is application\/pdf\)/, /answered 404/, /refused the connection/, /only http and https/, /could not reach no-such-host\.invalid \(\w+\): are you offline/];
    expected.forEach((re, i) => assert.match(errors[i], re, inputs[i]));
    assert.deepEqual(await tableCounts(), { outlets: 0, articles: 0, passages: 0, terms: 0 });
  });

  test("a mixed folder: text, pages, a feed file, CSV, JSONL and a URL list, recursively; bad rows fail alone", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-mixed-"));
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(path.join(dir, "a.txt"), articleText(GERMAN));
    fs.writeFileSync(path.join(dir, "sub", "b.html"), iconv.encode(articlePage(FRENCH, { charset: "windows-1252" }), "windows-1252"));
    fs.writeFileSync(path.join(dir, "sub", "feed.rss"), rssFeed([{ article: ARABIC, link: ARABIC.url, full: true }]));
    fs.writeFileSync(path.join(dir, "rows.csv"), `title,text,published\n"${CHINESE.title}","${CHINESE.paragraphs.join("\n\n")}",2024-09-01\nBad,"",2024-01-01\n`);
    fs.writeFileSync(path.join(dir, "rows.jsonl"), `${JSON.stringify({ html: articlePage(ENGLISH), url: ENGLISH.url })}\n{oops\n`);
    fs.writeFileSync(path.join(dir, "urls.txt"), `# reading list\n${web.base}/en\n${web.base}/gone\n`);
    fs.writeFileSync(path.join(dir, "broken.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const r = await ingest([dir]);
    const byFile = Object.fromEntries(r.outcomes.map((o) => [o.file.replace(dir + path.sep, "").replace(web.base, ""), o.status === "failed" ? `failed: ${o.error}` : o.status]));
    assert.deepEqual(byFile, {
      "a.txt": "added",
      "broken.html": "failed: not a text file (it looks like a PNG image)",
      "rows.csv#row 1": "added",
      "rows.csv#row 2": "failed: the row has no text, html or url",
      "rows.jsonl#line 1": "added",
      "rows.jsonl#line 2": byFile["rows.jsonl#line 2"],
      [path.join("sub", "b.html")]: "added",
      [path.join("sub", "feed.rss#item 1")]: "added",
      "/en": "unchanged",
      "/gone": `failed: the server answered 410 Gone for ${web.base}/gone`,
    });
    assert.match(byFile["rows.jsonl#line 2"], /^failed: invalid JSON/);
    const stored = await getPrisma().article.findMany({ orderBy: { id: "asc" }, select: { sourceFile: true, language: true } });
    assert.deepEqual(stored.map((s) => s.sourceFile), ["a.txt", "rows.csv#row 1", "rows.jsonl#line 1", "b.html", "feed.rss#item 1"]);
    assert.deepEqual(stored.map((s) => s.language.slice(0, 2)), ["de", "zh", "en", "fr", "ar"]);
  });
});
