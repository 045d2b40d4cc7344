import assert from "node:assert/strict";
import { test } from "node:test";
import { detectLanguage } from "./detectLanguage";
import { toIsoDate, toIsoTimestamp } from "./normalizeDate";
import { urlKey } from "./urlKey";

test("urlKey: one key for the same article reached by different addresses", () => {
  const key = urlKey("https://www.example.org/news/story-1/");
  for (const u of ["http://example.org/news/story-1", "https://EXAMPLE.org/news/story-1?utm_source=rss&utm_medium=feed#comments", "https://www.example.org:443/news/story-1?fbclid=x"]) {
    assert.equal(urlKey(u), key, u);
  }
  assert.notEqual(urlKey("https://example.org/news/story-2"), key);
  assert.notEqual(urlKey("https://example.org/article?id=1"), urlKey("https://example.org/article?id=2"));
  assert.equal(urlKey("https://example.org/"), null, "a front page is no article");
  assert.equal(urlKey("ftp://example.org/a"), null);
  assert.equal(urlKey("not a url"), null);
});

test("dates as sources write them become ISO dates", () => {
  assert.equal(toIsoDate("2015-07-24T05:36:09+01:00"), "2015-07-24");
  assert.equal(toIsoDate("2019-04-28 06:01:07"), "2019-04-28");
  assert.equal(toIsoDate("Tue, 03 Jun 2003 09:39:21 GMT"), "2003-06-03");
  assert.equal(toIsoDate("20170113"), "2017-01-13");
  assert.equal(toIsoDate("2017-11-16T14:15+0000"), "2017-11-16");
  assert.equal(toIsoDate("14/02/2024"), "2024-02-14");
  assert.equal(toIsoDate("02/14/2024"), "2024-02-14");
  assert.equal(toIsoDate("03.04.2024"), "2024-04-03");
  assert.equal(toIsoDate("03/04/2024"), null, "day/month or month/day: not guessed");
  assert.equal(toIsoDate("yesterday"), null);
  assert.equal(toIsoDate("2020-13-45"), null);
  assert.equal(toIsoTimestamp("Tue, 03 Jun 2003 09:39:21 GMT"), "2003-06-03T09:39:21Z");
});

test("language detection: by script, then by function words, else undetermined", () => {
  assert.equal(detectLanguage("قال سكان ثلاث قرى في الجنوب إن المياه لم تصل إلى منازلهم"), "ar");
  assert.equal(detectLanguage("این یک متن فارسی است که برای آزمایش نوشته شده و گزارش می‌دهد"), "fa");
  assert.equal(detectLanguage("本市山区的一所小学本周开放了新的图书馆"), "zh");
  assert.equal(detectLanguage("東京都に住んでいます。政府は声明を発表した。"), "ja");
  assert.equal(detectLanguage("Der Stadtrat hat am Mittwoch mit großer Mehrheit neue Regeln beschlossen, die nicht gelten."), "de");
  assert.equal(detectLanguage("Les éleveurs de la vallée affirment que les pâturages sont secs dans le Sud."), "fr");
  assert.equal(detectLanguage("The council said on Monday that the plan was ready and that it would start in the spring."), "en");
  assert.equal(detectLanguage("Lorem ipsum dolor sit amet consectetur"), "und");
  assert.equal(detectLanguage("12345 !!"), "und");
});

test("text overlap: an updated copy overlaps, a different article does not", async () => {
  const { textOverlap } = await import("./textOverlap");
  const base = "Three river towns began clearing mud from their streets on Tuesday after the worst spring floods in forty years.";
  assert.ok(textOverlap(base, `${base} An update said the water had begun to fall.`) > 0.9);
  assert.ok(textOverlap(base, "The council approved new limits on rent increases for the next three years by a large majority.") < 0.1);
  assert.ok(textOverlap("本市山区的一所小学本周开放了新的图书馆", "本市山区的一所小学本周开放了新的图书馆。学校表示") > 0.9);
});
