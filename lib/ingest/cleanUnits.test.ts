import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readSeeds, SEEDS_SKIP } from "../../tests/support/shared";
import { type CleaningHints, cleanUnits, REASONS } from "./cleanUnits";
import { splitIntoUnits } from "./splitIntoUnits";

// plain text as the pipeline cleans it: split into paragraphs, then cleaned
const cleanPlainText = (raw: string, hints: CleaningHints = {}) => cleanUnits(splitIntoUnits(raw), hints);

const body = (s: string) => `${s} The rest of this paragraph is ordinary reporting with enough words to read as prose.`;
const reasonOf = (dropped: { text: string; reason: string }[], text: string) => dropped.find((d) => d.text === text)?.reason;

describe("cleanPlainText on made-up articles", () => {
  const article = [
    "Dam Failure Floods Three Villages",
    "",
    "Dam Failure Floods Three Villages",
    "Rescue boats move along a flooded street in the lower valley on Monday. (Photo: J. Ortega/Example Agency)",
    "By Maria Lindqvist",
    "",
    body("Water poured through a breach in the earthen dam before dawn, officials said."),
    "",
    "What went wrong",
    "",
    body("Engineers had warned for years that the spillway was too small for a wet spring."),
    "",
    "Engineers had warned for years that the spillway was too small for a wet spring",
    "",
    body("The provincial government said an inquiry would report within six weeks."),
    "",
    "Read more:",
    "Valley residents count the cost of a second flood",
    "Share this article",
    "Subscribe to our newsletter for daily updates",
    "Follow us on Facebook and X",
    "RECOMMENDATIONS FOR YOU",
  ].join("\n");
  const result = cleanPlainText(article, { title: "Dam Failure Floods Three Villages" });

  test("keeps exactly the three body paragraphs, in order", () => {
    assert.equal(result.paragraphs.length, 3);
    assert.match(result.paragraphs[0], /^Water poured/);
    assert.match(result.paragraphs[1], /^Engineers had warned/);
    assert.match(result.paragraphs[2], /^The provincial government/);
  });
  test("drops the headline and its repeat", () => {
    assert.equal(result.dropped.filter((d) => d.reason === REASONS.headline).length, 2);
  });
  test("drops a caption ending in a photo credit", () => {
    assert.equal(reasonOf(result.dropped, "Rescue boats move along a flooded street in the lower valley on Monday. (Photo: J. Ortega/Example Agency)"), REASONS.caption);
  });
  test("drops the byline and reports the author", () => {
    assert.equal(reasonOf(result.dropped, "By Maria Lindqvist"), REASONS.byline);
    assert.equal(result.byline, "Maria Lindqvist");
  });
  test("drops a section subheading", () => {
    assert.equal(reasonOf(result.dropped, "What went wrong"), REASONS.subheading);
  });
  test("drops a pull quote that repeats a sentence with different punctuation", () => {
    assert.equal(reasonOf(result.dropped, "Engineers had warned for years that the spillway was too small for a wet spring"), REASONS.pullQuote);
  });
  test("drops site furniture and the linked headline after 'Read more:'", () => {
    for (const line of ["Read more:", "Share this article", "Subscribe to our newsletter for daily updates", "Follow us on Facebook and X", "RECOMMENDATIONS FOR YOU"]) {
      assert.equal(reasonOf(result.dropped, line), REASONS.furniture, line);
    }
    assert.equal(reasonOf(result.dropped, "Valley residents count the cost of a second flood"), REASONS.linkList);
  });
  test("every input line is either kept or dropped with a reason", () => {
    const lines = article.split("\n").filter((l) => l.trim());
    assert.equal(result.paragraphs.length + result.dropped.length, lines.length);
  });
});

describe("cleanPlainText edge cases", () => {
  test("takes the first line as the title when none is given", () => {
    const r = cleanPlainText(`Harbour Workers Strike Over Pay\n\n${body("Dockers walked out at midnight.")}`);
    assert.equal(r.title, "Harbour Workers Strike Over Pay");
    assert.equal(r.paragraphs.length, 1);
  });
  test("joins hard-wrapped lines of one paragraph", () => {
    const r = cleanPlainText("A Title Line\n\nThe minister said the plan\nwould be ready by spring and\nthat nothing had been hidden from the public at all.");
    assert.deepEqual(r.paragraphs, ["The minister said the plan would be ready by spring and that nothing had been hidden from the public at all."]);
  });
  test("keeps short quoted testimony and sentences that merely mention sharing", () => {
    const quote = "“I was never told why they took me.”";
    const share = "Share prices in the province fell sharply after the announcement, traders said.";
    const r = cleanPlainText(`Some Headline Here\n\n${body("Intro.")}\n\n${quote}\n\n${share}`);
    assert.ok(r.paragraphs.includes(quote));
    assert.ok(r.paragraphs.includes(share));
  });
  test("keeps a paragraph that only ends with a non-credit parenthesis", () => {
    const p = "The letter was signed by 22 ambassadors, according to a copy seen by reporters (Reuters reported the same)";
    const r = cleanPlainText(`Headline Words\n\n${p}`);
    assert.deepEqual(r.dropped.map((d) => d.reason), [REASONS.headline]);
  });
});

describe("cleanPlainText on the seed articles", { skip: SEEDS_SKIP }, () => {
  test("no caption, byline, heading, pull-quote duplicate or furniture survives", () => {
    for (const { entry, text } of SEEDS_SKIP ? [] : readSeeds()) {
      const r = cleanPlainText(text, { title: entry.title, author: entry.author });
      for (const p of r.paragraphs) {
        assert.ok(!/\((photo|image)[^)]*\)$|Getty Images\)$/i.test(p), `caption kept in ${entry.file}: ${p}`);
        assert.ok(p.split(" ").length >= 8, `short line kept in ${entry.file}: ${p}`);
        assert.ok(!/^(watch next|follow us|recommendations for you)/i.test(p), `furniture kept in ${entry.file}: ${p}`);
        if (entry.author) assert.notEqual(p, entry.author);
      }
      const keys = r.paragraphs.map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim());
      keys.forEach((k, i) => assert.ok(!keys.some((other, j) => j !== i && other.includes(k)), `duplicate paragraph in ${entry.file}: ${r.paragraphs[i]}`));
      assert.ok(r.paragraphs.length >= 10, `${entry.file} kept ${r.paragraphs.length} paragraphs`);
      assert.ok(r.dropped.some((d) => d.reason === REASONS.headline), `${entry.file}: headline not dropped`);
    }
  });
});
