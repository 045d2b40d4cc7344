// The fifteen real pages of ../shared/corpora/readability-pages, through the whole HTML path.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseHTML } from "linkedom";
import { CORPORA_SKIP, readCorpusPages } from "../../../tests/support/shared";
import { buildArticle } from "../buildArticle";
import { decodeText } from "../decodeText";
import type { ParsedArticle } from "../types";
import { readHtmlPage } from "./readHtml";

const FIELDS = ["title", "byline", "siteName", "publishedTime", "lang"] as const;

// Where ingestion is meant to differ from Readability's expected-metadata.json: titles lose the site, author or
// Chinese section and site the publisher appended (lib/ingest/cleanTitle.ts), and a page that names its site only
// in its <title> (the New York Times' pages, spelling out their address's domain) gets that name. Every other
// page's title is Readability's, whole.
const CLEANED: Record<string, { title?: string; siteName?: string }> = {
  breitbart: { title: "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'" },
  "guardian-1": { title: "'What is the sea telling us?': Māori tribes fearful over whale strandings" },
  qq: { title: "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", siteName: "腾讯网" },
  "nytimes-1": { siteName: "The New York Times" },
  "nytimes-2": { siteName: "The New York Times" },
};
const expectedField = (name: string, field: string, expected: Record<string, unknown>) =>
  (CLEANED[name] as Record<string, string> | undefined)?.[field] ?? expected[field] ?? null;

describe("HTML ingestion on the readability test pages", { skip: CORPORA_SKIP }, () => {
  const pages = CORPORA_SKIP ? [] : readCorpusPages().map((page) => {
    const html = decodeText(page.html).text;
    const reading = readHtmlPage(html);
    return { ...page, html, article: buildArticle(reading.units, reading.found, {}, page.name) };
  });

  test("all fifteen pages are there", () => assert.equal(pages.length, 15));

  test("metadata equals expected-metadata.json for at least 90% of the stated fields", () => {
    // A field absent from expected-metadata.json (lang on four pages) states nothing and is not counted.
    const misses: string[] = [];
    let compared = 0;
    for (const { name, expected, article } of pages) {
      for (const field of FIELDS) {
        if (!(field in expected)) continue;
        compared += 1;
        const got = article[field as keyof ParsedArticle];
        const want = expectedField(name, field, expected);
        if (got !== want) misses.push(`${name}.${field}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      }
    }
    const share = (compared - misses.length) / compared;
    console.log(`metadata: ${compared - misses.length}/${compared} fields equal (${(share * 100).toFixed(1)}%)\n  ${misses.join("\n  ")}`);
    assert.ok(compared >= 70);
    assert.ok(share >= 0.9, misses.join("\n"));
  });

  test("titles lose the site, author or section appended to them, and only those", () => {
    for (const { name, expected, article } of pages) {
      assert.equal(article.title, CLEANED[name]?.title ?? expected.title, name);
    }
    // pages whose metadata names no site, with their site only in their title
    assert.equal(pages.find((p) => p.name === "qq")!.article.sourceSiteName, "腾讯网");
    assert.equal(pages.find((p) => p.name === "nytimes-1")!.article.sourceSiteName, "The New York Times");
    assert.equal(pages.find((p) => p.name === "guardian-1")!.article.sourceSiteName, "the Guardian");
  });

  test("every page gives at least one passage, and non-Latin pages keep their script", () => {
    for (const { name, article } of pages) assert.ok(article.passages.length >= 1, name);
    const qq = pages.find((p) => p.name === "qq")!.article;
    assert.equal(qq.lang, "zh");
    assert.ok(qq.passages.some((p) => /[\u4e00-\u9fff]{10}/.test(p.text)));
    assert.ok(!/Ã|â€|�/.test(qq.cleanedText), "mojibake in the Chinese page");
    const lemonde = pages.find((p) => p.name === "lemonde-1")!.article;
    assert.match(lemonde.cleanedText, /é/);
    assert.ok(!/Ã©|â€/.test(lemonde.cleanedText), "mojibake in the French page");
  });

  test("no script code and no navigation text in any passage", () => {
    const CODE = /\bfunction\s*\(|\bvar\s+\w+\s*=|\bwindow\.\w+|\bdocument\.\w+\(|googletag|\}\)\(\);|=>\s*\{|<\/?(script|div|span|a)\b/;
    for (const { name, html, article } of pages) {
      const { document } = parseHTML(html);
      const navTexts = new Set(
        [...document.querySelectorAll("nav a, [role=navigation] a, nav li, [role=navigation] li")]
          .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()).filter((t) => t.length > 2),
      );
      for (const p of article.passages) {
        assert.ok(!CODE.test(p.text), `${name}: script in passage ${p.index}: ${p.text.slice(0, 120)}`);
        assert.ok(!navTexts.has(p.text), `${name}: navigation text as passage ${p.index}: ${p.text}`);
      }
    }
  });

  test("passages are the page's paragraphs: several per article, none a whole article run together", () => {
    for (const { name, article } of pages.filter((p) => p.name !== "rtl-1")) {
      assert.ok(article.passages.length >= 5, `${name}: ${article.passages.length} passages`);
      const longest = Math.max(...article.passages.map((p) => p.text.length));
      assert.ok(longest < article.cleanedText.length * 0.6, `${name}: one passage holds most of the article`);
    }
  });
});
