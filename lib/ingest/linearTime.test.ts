// Every regular expression of the readers and the cleaning rules that could backtrack, on generated worst
// cases: 16 times the input must take about 16 times as long (within a factor of 4), not 256 times (a quadratic
// pattern) or forever (an exponential one). Ratios, not absolute times, so a busy machine does not fail them.
import { test } from "node:test";
import { assertLinear } from "../../tests/devtools/growth";
import { cleanUnits } from "./cleanUnits";
import { isBylineLine, isFurniture } from "./cleaningRules";
import { looksLikeFeed, readFeed } from "./readers/readFeed";
import { looksLikeHtml } from "./readers/readHtml";
import { splitIntoUnits } from "./splitIntoUnits";
import { splitLongParagraph } from "./splitLongParagraph";
import { urlKey } from "./urlKey";
import { declaredInMarkup } from "./decodeText";

const comments = (n: number) => `${"<!-- generated -->\n".repeat(n)}<div>an article page that is neither a feed nor a declared page</div>`;

test("sniffing a page that opens with many comments is linear (was exponential: a real page hung here)", () => {
  assertLinear("looksLikeFeed", comments, looksLikeFeed, 6, 4);
  assertLinear("looksLikeHtml", comments, looksLikeHtml, 6, 4);
  assertLinear("looksLikeFeed, unclosed comment", (n) => `<!--${" -- ".repeat(n)}`, looksLikeFeed, 500);
  assertLinear("looksLikeFeed, processing instructions", (n) => "<?xml version='1.0'?>".repeat(n), looksLikeFeed, 200);
});

test("cleaning rules stay linear on runs of spaces and words", () => {
  assertLinear("share … on", (n) => `share on ${"a ".repeat(n)}${" ".repeat(n)}!`, isFurniture, 200);
  assertLinear("more from", (n) => `More from ${"G ".repeat(n)}${" ".repeat(n)}!`, isFurniture, 200);
  assertLinear("published on", (n) => `posted ${" \t".repeat(n)}x`, isFurniture, 200);
  assertLinear("byline role", (n) => `Jo Bloggs,${"\t".repeat(n)}I`, (t: string) => isBylineLine(t), 200);
  assertLinear("a whole unit list", (n) => [{ text: `Share this${" ".repeat(n)}:x`, block: 0 }, { text: "A paragraph of the article that reads like prose.", block: 1 }], (u) => cleanUnits(u), 200);
});

test("splitting paragraphs stays linear on punctuation runs, spaces and capitals", () => {
  assertLinear("dots", (n) => `${"Word. ".repeat(n)}${".".repeat(n)}`, (t: string) => splitLongParagraph(t, 200), 2048);
  assertLinear("capitals", (n) => "Mr A. B. C. D. ".repeat(n), (t: string) => splitLongParagraph(t, 200), 200);
  assertLinear("blank lines", (n) => `Title\n\n${"\n \n\t".repeat(n)}text`, splitIntoUnits, 200);
});

test("feed authors, teaser counts, addresses and charset sniffing stay linear", () => {
  const feed = (author: string, body: string) => `<rss><channel><title>S</title><item><title>t</title><author>${author}</author><description>${body}</description></item></channel></rss>`;
  assertLinear("author in parentheses", (n) => feed("(".repeat(n), "x"), (x: string) => readFeed(x, "f", null, {}), 200);
  assertLinear("author address", (n) => feed(`${"@".repeat(n)} x`, "x"), (x: string) => readFeed(x, "f", null, {}), 200);
  assertLinear("teaser tags", (n) => feed("a", "&lt;".repeat(n)), (x: string) => readFeed(x, "f", null, {}), 200);
  assertLinear("trailing slashes", (n) => `https://example.org/a${"/".repeat(n)}x/`, urlKey, 200);
  assertLinear("meta charset", (n) => new TextEncoder().encode(`<meta${" ".repeat(n)}charset=${" ".repeat(n)}=`), declaredInMarkup, 50);
});
