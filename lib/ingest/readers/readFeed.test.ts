import assert from "node:assert/strict";
import { test } from "node:test";
import { ENGLISH, FRENCH, rssFeed } from "../../../tests/support/webPages";
import { parseRawArticle } from "../parseRawArticle";
import { readFeed } from "./readFeed";

test("an RSS item with full content becomes an article with the item's metadata", () => {
  const [item] = readFeed(rssFeed([{ article: ENGLISH, link: ENGLISH.url, full: true }]), "feed.xml", "feed.xml", {});
  assert.equal(item.label, "feed.xml#item 1");
  assert.equal(item.content.kind, "html-fragment");
  const a = parseRawArticle(item, "x");
  assert.deepEqual(a.passages.map((p) => p.text), ENGLISH.paragraphs);
  assert.equal(a.title, ENGLISH.title);
  assert.equal(a.byline, ENGLISH.author);
  assert.equal(a.siteName, "Sample Feed");
  assert.equal(a.publishedTime, new Date(ENGLISH.published).toISOString().replace(/\.\d+Z$/, "Z"));
  assert.equal(a.url, ENGLISH.url);
});

test("a teaser-only item is to be fetched from its link, with the teaser as a fallback", () => {
  const [item] = readFeed(rssFeed([{ article: FRENCH, link: FRENCH.url, full: false }]), "f.xml", null, {});
  assert.equal(item.content.kind, "url");
  assert.ok(item.content.kind === "url" && item.content.fallback?.kind === "html-fragment");
});

test("Atom entries: content, author name, alternate link, published date, feed language", () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Flux</title>
<entry><title type="text">${FRENCH.title}</title><link rel="alternate" href="${FRENCH.url}"/><link rel="enclosure" href="https://x.example/a.mp3"/>
<id>urn:uuid:1</id><published>2024-07-22T06:30:00+02:00</published><author><name>${FRENCH.author}</name></author>
<content type="html">${FRENCH.paragraphs.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join("")}</content></entry></feed>`;
  const items = readFeed(atom, "atom.xml", null, {});
  assert.equal(items.length, 1);
  const a = parseRawArticle(items[0], "x");
  assert.deepEqual(a.passages.map((p) => p.text), FRENCH.paragraphs);
  assert.equal(a.byline, FRENCH.author);
  assert.equal(a.url, FRENCH.url);
  assert.equal(a.lang, "fr");
  assert.equal(a.siteName, "Le Flux");
  assert.equal(a.publishedTime, "2024-07-22T06:30:00+02:00", "the time the feed states, in its own zone");
});

test("not a feed, or an empty one, is refused with a reason", () => {
  assert.throws(() => readFeed("<html><body>hi</body></html>", "x.xml", null, {}), /not an RSS or Atom feed/);
  assert.throws(() => readFeed(`<rss><channel><title>t</title></channel></rss>`, "x.xml", null, {}), /no items/);
});
