// Phrases enter the dictionary and phrase_stat once seen three times. Below that they wait in
// phrase_sighting (a row per phrase and passage), which a fold sums in bulk: after every ingest while it is
// small, and once a quarter more has been appended when it is large. These tests play a large corpus by
// declaring many rows folded.
import assert from "node:assert/strict";
import { after, beforeEach, describe, test } from "node:test";
import { disconnect, getPrisma } from "../../lib/db";
import { saveArticle } from "../../lib/queries/writes/saveArticle";
import { foldPhraseSightings } from "../../lib/queries/stats/foldPhraseSightings";
import { rebuildStats } from "../../lib/queries/stats/rebuildStats";
import { getPassages } from "../../lib/queries/reads/getPassages";
import { getTermTimeline } from "../../lib/queries/reads/getTermTimeline";
import { countTerms, termKey } from "../../lib/analysis/terms";
import { joinPassages } from "../../lib/ingest/buildArticle";
import { emptyDatabase, statsSnapshot } from "../support/db";

const PHRASE = termKey("zorblax quintessence");

async function saveMention(i: number, framing: "critical" | "testimony") {
  const { cleanedText, passages } = joinPassages([`Zorblax quintessence number ${i} was observed in the valley.`]);
  return saveArticle({
    title: `Zorblax ${i}`, byline: null, outlet: "Zorblax Times", url: null, publishedAt: `2021-0${i + 1}-10`, language: "en",
    contentHash: `zorblax-${i}`, sourceFile: null, cleanedText, modelVersion: null,
    passages: passages.map((p) => ({ ...p, framing, confidence: 0.9, terms: countTerms(p.text) })),
  });
}

const inDictionary = async () => (await getPrisma().$queryRaw<{ count: number }[]>`SELECT count FROM term WHERE stem = ${PHRASE}`)[0]?.count ?? 0;
const statRows = () => getPrisma().$queryRaw<{ framing: string; count: number }[]>`
  SELECT framing::text, count FROM phrase_stat WHERE stem = ${PHRASE} AND outlet_id = 0 AND month = DATE '0001-01-01' ORDER BY 1`;

describe("phrases waiting to be counted", () => {
  beforeEach(emptyDatabase);
  after(disconnect);

  test("a phrase seen once is not in the dictionary, yet the term filter and its timeline find its passage", async () => {
    await saveMention(0, "testimony");
    assert.equal(await inDictionary(), 0);
    const [{ waiting }] = await getPrisma().$queryRaw<{ waiting: number }[]>`SELECT SUM(count)::int AS waiting FROM phrase_sighting WHERE stem = ${PHRASE}`;
    assert.equal(waiting, 1);
    const page = await getPassages({ term: PHRASE });
    assert.deepEqual(page.rows.map((p) => p.text), ["Zorblax quintessence number 0 was observed in the valley."]);
    const timeline = await getTermTimeline({ term: PHRASE });
    assert.deepEqual(timeline.filter((m) => m.occurrences).map((m) => [m.month, m.testimony]), [["2021-01", 1]]);
  });

  test("in a large corpus the third sighting waits for the next fold, which counts the phrase from all its passages", async () => {
    // as if a fold had left four million waiting rows: three more sightings are far from a quarter of that
    await getPrisma().$executeRaw`INSERT INTO phrase_sighting_state (id, pending, folded) VALUES (1, 0, 4000000)`;
    for (const [i, framing] of (["critical", "testimony", "critical"] as const).entries()) await saveMention(i, framing);
    assert.equal(await inDictionary(), 0, "not counted yet");
    assert.deepEqual(await statRows(), []);
    // the passages are found all the same, through their term vectors
    assert.equal((await getPassages({ term: PHRASE })).total, 3);
    const timeline = await getTermTimeline({ term: PHRASE, from: "2021-01", to: "2021-12" });
    assert.equal(timeline.reduce((n, m) => n + m.occurrences, 0), 3);

    assert.equal(await foldPhraseSightings(), null, "not due");
    const folded = await foldPhraseSightings({ force: true });
    assert.ok(folded && folded.promoted >= 1, JSON.stringify(folded));
    assert.equal(await inDictionary(), 3);
    assert.deepEqual(await statRows(), [{ framing: "critical", count: 2 }, { framing: "testimony", count: 1 }]);
    const [{ left }] = await getPrisma().$queryRaw<{ left: number }[]>`SELECT COUNT(*)::int AS left FROM phrase_sighting WHERE stem = ${PHRASE}`;
    assert.equal(left, 0, "a counted phrase no longer waits");

    // a fourth sighting adds to the dictionary and the statistics at once, with no fold
    await saveMention(3, "testimony");
    assert.equal(await inDictionary(), 4);
    assert.deepEqual(await statRows(), [{ framing: "critical", count: 2 }, { framing: "testimony", count: 2 }]);

    const incremental = await statsSnapshot();
    await rebuildStats();
    assert.deepEqual(await statsSnapshot(), incremental, "a recount from the passages agrees");
  });

  test("a phrase waits as one row per passage until it is counted; re-ingesting changes nothing", async () => {
    await getPrisma().$executeRaw`INSERT INTO phrase_sighting_state (id, pending, folded) VALUES (1, 0, 4000000)`;
    for (const i of [0, 1]) await saveMention(i, "critical");
    const rows = () => getPrisma().$queryRaw<{ count: number; text: string }[]>`
      SELECT s.count, p.text FROM phrase_sighting s JOIN passage p ON p.id = s.passage_id WHERE s.stem = ${PHRASE} ORDER BY p.text`;
    const texts = ["Zorblax quintessence number 0 was observed in the valley.", "Zorblax quintessence number 1 was observed in the valley."];
    assert.deepEqual(await rows(), texts.map((text) => ({ count: 1, text })));
    await foldPhraseSightings({ force: true });
    assert.deepEqual(await rows(), texts.map((text) => ({ count: 1, text })), "seen twice: still waiting");
    assert.equal((await saveMention(1, "critical")).status, "unchanged");
    assert.equal((await rows()).length, 2);
    const [state] = await getPrisma().$queryRaw<{ pending: bigint }[]>`SELECT pending FROM phrase_sighting_state`;
    assert.equal(state.pending, 0n);
  });
});
