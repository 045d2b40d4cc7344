// Keyness over a long range of months reads words as all-time rows minus the months outside the range
// (lib/queries/termStatFilter.ts signedTermStatRows). On a corpus of two outlets over fourteen months, with
// undated articles, every range must give the lists the passages give for the same days.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { KeynessRow } from "../../lib/analysis/keyness";
import { disconnect } from "../../lib/db";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import { ingestArticleStream } from "../../lib/pipeline/ingestArticleStream";
import { getKeyness } from "../../lib/queries/getKeyness";
import { getMonthSpan } from "../../lib/queries/getMonthSpan";
import { signedTermStatRows } from "../../lib/queries/termStatFilter";
import type { Filters } from "../../lib/schema";
import { syntheticVocabulary } from "../../lib/synthetic/generateCorpus";
import { emptyDatabase, testModel } from "../support/db";

const MONTHS = Array.from({ length: 14 }, (_, i) => `${2020 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, "0")}`);

function* corpus() {
  let seed = 777;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const vocab = syntheticVocabulary(300);
  const zipf = (words: string[]) => words[Math.min(words.length - 1, Math.floor(Math.exp(random() * Math.log(words.length))) - 1)];
  const outlets = [{ name: "Outlet North", own: vocab.slice(200, 250) }, { name: "Outlet South", own: vocab.slice(250, 300) }];
  for (let i = 0; i < 64; i++) {
    const outlet = outlets[i % 2];
    // words of each outlet drift over the months, so that a range changes the lists
    const drift = vocab.slice(100 + (i % 14) * 7, 100 + (i % 14) * 7 + 20);
    const paragraphs = Array.from({ length: 5 }, () => `${Array.from({ length: 28 }, () => zipf(random() < 0.2 ? outlet.own : random() < 0.3 ? drift : vocab.slice(0, 100))).join(" ")}.`);
    const published = i % 16 === 15 ? undefined : `${MONTHS[i % 14]}-12`;
    yield { label: `ranges-${i}.txt`, parse: () => parsePlainTextArticle([`Range article ${i}`, ...paragraphs].join("\n\n"), { title: `Range article ${i}`, outlet: outlet.name, published }, `ranges-${i}.txt`) };
  }
}

const shape = (rows: KeynessRow[]) => rows.map((r) => [r.key, r.n, r.a, r.b, r.docsA, r.docsB, r.z.toFixed(9)]);
const north = { outlet: ["Outlet North"] };
const south = { outlet: ["Outlet South"] };
/** The same months as days, which the statistics cannot answer: counted from the passages. */
const inDays = (f: Partial<Filters>): Partial<Filters> => ({
  ...f, from: `${f.from ?? "1901-01"}-01`, to: f.to ? `${f.to}-${f.to.endsWith("-02") ? 28 : 30}` : "2999-12-31",
});

describe("keyness over long ranges of months", () => {
  before(async () => {
    await emptyDatabase();
    assert.equal((await ingestArticleStream([...corpus()], testModel())).failed, 0);
  });
  after(disconnect);

  const ranges: Partial<Filters>[] = [{ from: "2020-03" }, { to: "2020-12" }, { from: "2020-02", to: "2021-01" }];
  for (const range of ranges) {
    test(`${JSON.stringify(range)}: the statistics read all time minus the months outside, and agree with the passages`, async () => {
      const span = await getMonthSpan();
      assert.deepEqual(span, { first: "2020-01", last: "2021-02" });
      assert.ok(signedTermStatRows({ ...north, ...range }, span).length > 1, "the range is read as all time minus the months outside");
      const [a, b] = [{ ...north, ...range }, { ...south, ...range }];
      const fromStats = await getKeyness(a, b, { limit: 15 });
      const fromPassages = await getKeyness(inDays(a), inDays(b), { limit: 15 });
      assert.ok(fromStats.typicalOfA.length === 15 && fromStats.typicalOfB.length === 15);
      assert.deepEqual(fromStats.totals, fromPassages.totals);
      assert.deepEqual(shape(fromStats.typicalOfA), shape(fromPassages.typicalOfA));
      assert.deepEqual(shape(fromStats.typicalOfB), shape(fromPassages.typicalOfB));
    });
  }

  test("a search against an outlet over a long range: the outlet's side read the same way", async () => {
    const range = { from: "2020-02" };
    const fromStats = await getKeyness({ q: "anka" }, { ...south, ...range }, { limit: 15 });
    const fromPassages = await getKeyness({ q: "anka" }, inDays({ ...south, ...range }), { limit: 15 });
    assert.ok(fromStats.totals.passagesA > 0 && fromStats.typicalOfA.length > 0 && fromStats.typicalOfB.length > 0);
    assert.deepEqual(shape(fromStats.typicalOfA), shape(fromPassages.typicalOfA));
    assert.deepEqual(shape(fromStats.typicalOfB), shape(fromPassages.typicalOfB));
  });
});
