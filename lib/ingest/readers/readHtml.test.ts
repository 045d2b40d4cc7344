import assert from "node:assert/strict";
import { describe, test } from "node:test";
import iconv from "iconv-lite";
import { ARABIC, articlePage, articleText, CHINESE, ENGLISH, FRENCH, GERMAN, type SampleArticle } from "../../../tests/support/webPages";
import { buildArticle, parsePlainTextArticle } from "../buildArticle";
import { decodeText } from "../decodeText";
import { readHtmlFragment, readHtmlPage } from "./readHtml";

function ingestPage(html: string, url?: string) {
  const r = readHtmlPage(html, url);
  return buildArticle(r.units, r.found, {}, "fallback");
}

describe("a saved page becomes the same clean article as its text", () => {
  for (const sample of [ENGLISH, ARABIC, GERMAN, FRENCH, CHINESE]) {
    test(`${sample.lang}: paragraphs kept one per passage, furniture gone, metadata read`, () => {
      const a = ingestPage(articlePage(sample));
      assert.deepEqual(a.passages.map((p) => p.text), sample.paragraphs);
      assert.equal(a.title, sample.title);
      assert.equal(a.byline, sample.author);
      assert.equal(a.siteName, sample.site);
      assert.equal(a.publishedTime, sample.published);
      assert.equal(a.lang, sample.lang);
      assert.equal(a.canonicalUrl, sample.url);
      assert.ok(!/menu|Share on|Copy link|Advertisement|comment|caption|googletag|dataLayer|©/i.test(a.cleanedText), a.cleanedText);
    });
  }

  test("the HTML and the plain-text copy of one article hash the same", () => {
    for (const sample of [ENGLISH, ARABIC, CHINESE]) {
      assert.equal(ingestPage(articlePage(sample)).contentHash, parsePlainTextArticle(articleText(sample), {}, "x").contentHash, sample.lang);
    }
  });

  test("what was dropped is listed with a reason", () => {
    const reasons = ingestPage(articlePage(ENGLISH)).dropped.map((d) => d.reason);
    assert.ok(reasons.some((r) => /caption/.test(r)), reasons.join(", "));
  });
});

describe("metadata order of preference", () => {
  test("without JSON-LD, OpenGraph, article:* and <meta name=author> still give everything", () => {
    const a = ingestPage(articlePage(GERMAN, { jsonLd: false }));
    assert.equal(a.siteName, GERMAN.site);
    assert.equal(a.publishedTime, GERMAN.published);
    assert.equal(a.byline, GERMAN.author);
  });

  test("no lang attribute: the language is detected from the text", () => {
    for (const sample of [ARABIC, CHINESE, FRENCH, GERMAN]) {
      const html = articlePage(sample, { jsonLd: false }).replace(/ lang="[^"]*"/, "");
      assert.equal(ingestPage(html).lang.slice(0, 2), sample.lang.slice(0, 2));
    }
  });

  test("the fetch address is the article's url; the canonical link is kept for duplicate detection", () => {
    const a = ingestPage(articlePage(ENGLISH), "https://ledger.example.org/news/2024/04/river-towns-count-cost?utm_source=feed");
    assert.equal(a.url, "https://ledger.example.org/news/2024/04/river-towns-count-cost?utm_source=feed");
    assert.equal(a.canonicalUrl, ENGLISH.url);
  });

  test("a relative canonical link is resolved against the page address", () => {
    const a = ingestPage(articlePage(ENGLISH, { canonical: "/news/x" }), "https://ledger.example.org/a/b");
    assert.equal(a.canonicalUrl, "https://ledger.example.org/news/x");
  });
});

describe("encodings", () => {
  const cases: [SampleArticle, string][] = [[GERMAN, "windows-1252"], [FRENCH, "windows-1252"], [CHINESE, "gbk"], [CHINESE, "gb2312"], [ARABIC, "windows-1256"]];
  for (const [sample, charset] of cases) {
    test(`${sample.lang} page in ${charset}, declared in <meta>`, () => {
      const bytes = iconv.encode(articlePage(sample, { charset }), charset);
      const a = ingestPage(decodeText(bytes).text);
      assert.deepEqual(a.passages.map((p) => p.text), sample.paragraphs);
    });
  }
});

test("a fragment (a feed item's body) keeps its paragraphs and drops a lone link", () => {
  const units = readHtmlFragment("<p>First paragraph of the story, which is long enough to read as prose.</p><p>Second one.</p><p><a href='/x'>Read the full story</a></p>");
  assert.deepEqual(units.map((u) => [u.text, u.reason ?? null]), [
    ["First paragraph of the story, which is long enough to read as prose.", null],
    ["Second one.", null],
    ["Read the full story", "site furniture (a link on its own: a related headline or menu entry)"],
  ]);
});

test("a page with no article is refused with a reason, and broken markup does not throw elsewhere", () => {
  assert.throws(() => readHtmlPage("<html><body></body></html>"), /no article/);
  const a = ingestPage(`<html><body><p>${ENGLISH.paragraphs[0]}<p>${ENGLISH.paragraphs[1]}</div></span><p>${ENGLISH.paragraphs[2]}`);
  assert.equal(a.passages.length, 3);
});
