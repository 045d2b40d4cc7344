// A search for letters inside rare content words starts from the words' term ids (lib/queries/sql/textContains.ts).
// It must find exactly the passages PostgreSQL's ILIKE finds, whatever the case, accents, hyphens, possessives,
// neighbouring scripts or stop words around the match: every letter run of 3 to 7 in the stored passages is
// searched both ways and compared. Whether a search takes that path depends on how common its words are.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { foundInContentWords } from "../../lib/analysis/terms";
import { searchPathFor } from "../../lib/queries/plan/searchPath";
import { disconnect, getPrisma, Prisma } from "../../lib/db";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import { ingestArticleStream } from "../../lib/pipeline/ingestArticleStream";
import { getPassages } from "../../lib/queries/reads/getPassages";
import { textContains } from "../../lib/queries/sql/textContains";
import { syntheticVocabulary } from "../../bench/synthetic/generateCorpus";
import { emptyDatabase, testModel } from "../support/db";

const PARAGRAPHS = [
  "The KİLO market in İstanbul reopened after officials said the anmoren programme had ended its second phase.",
  "Re-education centres were the anmoren's pride, a spokesman told reporters at the weekly briefing in the capital.",
  "Detainees’ families said the Camp4 compound near Ürümqi held hundreds of people without any charge at all.",
  "Witnesses described the 中国kalo政府 notices posted on every door of the street where they had lived for years.",
  "A leaflet printed the \u212Aalo symbol, and the ANMOREN slogan appeared in capitals beside the AnMoReN logo.",
  "Therein lay the problem, whereas the committee heard that cooperation and co-operation meant different things.",
  "The report quoted an anmore\u0301n worker and a covid19 xinjiang2020 circular that nobody had seen before then.",
  "She said her brother was taken at night; the neighbours heard nothing until the morning shift began again.",
];

/** Filler: 120 passages of common words, every one with "kalo", so that the tricky passages' words are rare. */
function fillerArticles() {
  const vocab = syntheticVocabulary(300).slice(100);
  return Array.from({ length: 6 }, (_, i) => {
    const paragraphs = Array.from({ length: 20 }, (_, j) => `kalo ${Array.from({ length: 24 }, (_, k) => vocab[(i * 97 + j * 31 + k * 7) % vocab.length]).join(" ")}.`);
    return { title: `Filler ${i}`, paragraphs };
  });
}

/** Every lowercase run of 3 to 7 ASCII letters inside the texts' letter runs. */
function letterRuns(texts: string[]): string[] {
  const runs = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
      for (let length = 3; length <= 7; length++) for (let i = 0; i + length <= word.length; i++) runs.add(word.slice(i, i + length));
    }
  }
  return [...runs].sort();
}

const idsOf = async (where: Prisma.Sql) =>
  (await getPrisma().$queryRaw<{ id: number }[]>(Prisma.sql`SELECT p.id FROM passage p WHERE ${where} ORDER BY p.id`)).map((r) => r.id);

describe("searching inside content words", () => {
  before(async () => {
    await emptyDatabase();
    const tricky = [0, 1].map((i) => ({ title: `Search article ${i}`, paragraphs: PARAGRAPHS.slice(i * 4, i * 4 + 4) }));
    const articles = [...tricky, ...fillerArticles()].map(({ title, paragraphs }, i) => ({
      label: `${title}.txt`,
      parse: () => parsePlainTextArticle([title, ...paragraphs].join("\n\n"), { title, outlet: "Search Outlet", published: `2021-05-${10 + i}` }, `${title}.txt`),
    }));
    assert.equal((await ingestArticleStream(articles, testModel())).failed, 0);
  });
  after(disconnect);

  test("every letter run finds the passages ILIKE finds", async () => {
    const texts = (await getPrisma().passage.findMany({ select: { text: true }, where: { article: { title: { startsWith: "Search" } } } })).map((p) => p.text);
    assert.ok(texts.length >= PARAGRAPHS.length, "every paragraph is a passage");
    const queries = [...letterRuns(texts), "kilo", "istanbul", "kalo", "anmoren", "ANMOREN", "zzzq"];
    let byWords = 0;
    for (const q of queries) {
      if (foundInContentWords(q)) byWords++;
      assert.deepEqual(await idsOf(textContains(q, "words")), await idsOf(Prisma.sql`p.text ILIKE ${`%${q}%`}`), `search "${q}"`);
    }
    assert.ok(byWords > queries.length / 2, `most searches start from the words (${byWords} of ${queries.length})`);
  });

  test("rare words are searched from their term ids, common ones and stop words by trigrams", async () => {
    assert.equal(await searchPathFor("Anmoren"), "words");
    assert.equal(await searchPathFor("kalo"), "trigrams", "in every filler passage");
    assert.equal(await searchPathFor("she"), "trigrams", "a stop word");
    assert.equal((await getPassages({ q: "anmoren" })).total, (await idsOf(Prisma.sql`p.text ILIKE '%anmoren%'`)).length);
  });

  test("a dotted capital I and the Kelvin sign match as PostgreSQL lowercases them, on both paths", async () => {
    for (const path of ["words", "trigrams"] as const) {
      const texts = async (q: string) => (await getPrisma().$queryRaw<{ text: string }[]>(Prisma.sql`SELECT p.text FROM passage p WHERE ${textContains(q, path)}`)).map((r) => r.text);
      assert.deepEqual((await texts("kilo")).map((t) => t.includes("KİLO")), [true], path);
      assert.equal((await texts("istanbul")).length, 1, path);
      // stored as NFC, the Kelvin sign became a K
      assert.ok((await texts("kalo")).some((t) => t.includes("Kalo symbol")), path);
    }
  });

  test("a search's passage list counts its matches up to a bound and says there are more, page by page", async () => {
    const all = (await idsOf(Prisma.sql`p.text ILIKE '%kalo%'`)).length;
    assert.ok(all > 100);
    const exact = await getPassages({ q: "kalo" }, 1, 25, { countedUpTo: all });
    assert.deepEqual([exact.total, exact.totalAtLeast], [all, false]);
    const bounded = await getPassages({ q: "kalo" }, 1, 25, { countedUpTo: 50 });
    assert.deepEqual([bounded.total, bounded.totalAtLeast], [50, true]);
    assert.deepEqual(bounded.rows.map((r) => r.id), exact.rows.map((r) => r.id), "the same page, whatever the count");
    // a page past the bound is counted to its end, so that the list can always go one further
    const later = await getPassages({ q: "kalo" }, 3, 25, { countedUpTo: 50 });
    assert.deepEqual([later.total, later.totalAtLeast, later.rows.length], [75, true, 25]);
    const last = await getPassages({ q: "kalo" }, Math.ceil(all / 25), 25, { countedUpTo: 50 });
    assert.deepEqual([last.total, last.totalAtLeast], [all, false], "the last page knows the whole count");
  });
});
