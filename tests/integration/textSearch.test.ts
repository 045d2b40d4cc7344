// A search for letters inside content words starts from the words' term ids (lib/queries/textContains.ts).
// It must find exactly the passages PostgreSQL's ILIKE finds, whatever the case, accents, hyphens, possessives,
// neighbouring scripts or stop words around the match: every letter run of 3 to 7 in the stored passages is
// searched both ways and compared.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { foundInContentWords } from "../../lib/analysis/terms";
import { disconnect, getPrisma, Prisma } from "../../lib/db";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import { ingestArticleStream } from "../../lib/pipeline/ingestArticleStream";
import { getPassages } from "../../lib/queries/getPassages";
import { passageFilter } from "../../lib/queries/passageFilter";
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
    const articles = [0, 1].map((i) => ({
      label: `search-${i}.txt`,
      parse: () => parsePlainTextArticle(
        [`Search article ${i}`, ...PARAGRAPHS.slice(i * 4, i * 4 + 4)].join("\n\n"),
        { title: `Search article ${i}`, outlet: "Search Outlet", published: "2021-05-0" + (i + 1) }, `search-${i}.txt`),
    }));
    assert.equal((await ingestArticleStream(articles, testModel())).failed, 0);
  });
  after(disconnect);

  test("every letter run finds the passages ILIKE finds", async () => {
    const texts = (await getPrisma().passage.findMany({ select: { text: true } })).map((p) => p.text);
    assert.ok(texts.length >= PARAGRAPHS.length, "every paragraph is a passage");
    const queries = [...letterRuns(texts), "kilo", "istanbul", "kalo", "anmoren", "ANMOREN", "zzzq"];
    let byWords = 0;
    for (const q of queries) {
      if (foundInContentWords(q)) byWords++;
      assert.deepEqual(await idsOf(passageFilter({ q })), await idsOf(Prisma.sql`p.text ILIKE ${`%${q}%`}`), `search "${q}"`);
    }
    assert.ok(byWords > queries.length / 2, `most searches start from the words (${byWords} of ${queries.length})`);
  });

  test("a dotted capital I and the Kelvin sign match as PostgreSQL lowercases them", async () => {
    const kilo = await getPassages({ q: "kilo" });
    assert.equal(kilo.total, 1);
    assert.match(kilo.rows[0].text, /KİLO/);
    assert.equal((await getPassages({ q: "istanbul" })).total, 1);
    // stored as NFC: the Kelvin sign became a K
    assert.equal((await getPassages({ q: "kalo" })).total, 2);
  });
});
