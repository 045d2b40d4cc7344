// What an ingested page's title, site name and outlet are stored as: the title without the site or author its
// publisher appended, the site's own name in article.site_name, and an outlet named from the address when
// neither the user nor the page names one.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, beforeEach, describe, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { ingestInputs } from "../../lib/pipeline/ingestInputs";
import { emptyDatabase, testModel } from "../support/db";
import { articlePage, ENGLISH, GERMAN } from "../support/webPages";

/** A page that names no site anywhere: no og:site_name, no JSON-LD publisher, only its canonical address. */
const pageWithoutSite = (title: string, canonical: string, paragraphs: string[]) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="canonical" href="${canonical}"></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;

const HARBOUR = [
  "Dock workers in the harbour town walked out on Monday after talks over pay broke down late on Sunday night, the union said.",
  "“We have not had a rise in six years while the port's profits doubled,” said a crane operator who has worked the night shift since 2009.",
  "The port authority said in a statement that its offer was fair and that it remained open to further talks with the union this week.",
];
const FERRY = [
  "The island's only ferry was cancelled for a third day on Wednesday as storms kept the harbour closed, the operator said.",
  "“We are running out of fresh food and nobody tells us when the boat will come,” said a shopkeeper who has lived on the island all her life.",
  "The regional council said it had asked the navy to send a supply ship if the weather did not improve by the weekend.",
];

describe("titles, site names and outlets as stored", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nl-article-metadata-"));
  const write = (name: string, html: string) => { const file = path.join(dir, name); fs.writeFileSync(file, html); return file; };
  const stored = (titleStart: string) => getPrisma().article.findFirstOrThrow({ where: { title: { startsWith: titleStart } }, include: { outlet: true } });

  beforeEach(emptyDatabase);
  after(async () => { fs.rmSync(dir, { recursive: true, force: true }); await disconnect(); });

  test("a title loses the author appended to it; the page's site name is the outlet and is stored apart", async () => {
    const file = write("ledger.html", articlePage({ ...ENGLISH, title: `${ENGLISH.title} | ${ENGLISH.author}` }));
    const r = await ingestInputs([file], testModel());
    assert.equal(r.added, 1, JSON.stringify(r.outcomes));
    const a = await stored(ENGLISH.title);
    assert.equal(a.title, ENGLISH.title);
    assert.equal(a.siteName, ENGLISH.site);
    assert.equal(a.outlet.name, ENGLISH.site);
  });

  test("an outlet the user names wins, and the page's own site name is still kept and taken off the title", async () => {
    const file = write("rheinbote.html", articlePage({ ...GERMAN, title: `${GERMAN.title} – ${GERMAN.site}` }));
    const r = await ingestInputs([file], testModel(), { outlet: "Dockside Daily (sample)" });
    assert.equal(r.added, 1, JSON.stringify(r.outcomes));
    const a = await stored(GERMAN.title);
    assert.equal(a.title, GERMAN.title);
    assert.equal(a.outlet.name, "Dockside Daily (sample)");
    assert.equal(a.siteName, GERMAN.site);
  });

  test("a page that names no site: the outlet is its address's site, or the site its <title> carried", async () => {
    const plain = write("harbour.html", pageWithoutSite("Dock workers walk out over pay", "https://news.harbourwatch.co.uk/2024/05/strike", HARBOUR));
    const suffixed = write("ferry.html", pageWithoutSite("Island ferry cancelled for a third day - The Island Courier", "https://www.islandcourier.co.uk/2024/06/ferry", FERRY));
    const r = await ingestInputs([plain, suffixed], testModel());
    assert.equal(r.added, 2, JSON.stringify(r.outcomes));
    const harbour = await stored("Dock workers");
    assert.equal(harbour.outlet.name, "harbourwatch.co.uk");
    assert.equal(harbour.siteName, null);
    const ferry = await stored("Island ferry");
    assert.equal(ferry.title, "Island ferry cancelled for a third day");
    assert.equal(ferry.siteName, "The Island Courier");
    assert.equal(ferry.outlet.name, "The Island Courier");
  });
});
