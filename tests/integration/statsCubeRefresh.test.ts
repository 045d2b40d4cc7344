// After a write the statistics cube is brought up to date by re-reading only the outlet-months the write
// changed, and then holds exactly what a cube loaded whole holds: after a reviewer's relabel, after an ingest
// that brings new words, a new outlet, a new month and an undated article. A write that changes every cell (a
// phrase fold) makes it load whole instead.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { getKeyness } from "../../lib/queries/reads/keyness/getKeyness";
import { getTopTerms } from "../../lib/queries/reads/getTopTerms";
import { currentStatsCube } from "../../lib/queries/stats/currentStatsCube";
import { loadStatsCube } from "../../lib/queries/stats/loadStatsCube";
import { setHumanLabel } from "../../lib/queries/writes/setHumanLabel";
import { disconnect, getPrisma } from "../../lib/db";
import type { ArticleMeta } from "../../lib/ingest/types";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";
import { emptyDatabase } from "../support/db";
import { cubeContents, cubeReady, ingestArticles, withCube } from "../support/statsCube";

/** Made-up words no synthetic article uses, each once: new words, and phrases seen once (no fold promotes them). */
function unseenWords(count: number, seed: number): string[] {
  const syllables = ["zor", "blat", "quen", "vik", "mup", "trel", "dax", "frim", "gol", "huz", "jeb", "kro"];
  return Array.from({ length: count }, (_, i) => {
    const k = seed * 1_000 + i;
    return `${syllables[k % 12]}${syllables[Math.floor(k / 12) % 12]}${syllables[Math.floor(k / 144) % 12]}on`;
  });
}

function articleOfUnseenWords(file: string, meta: ArticleMeta, seed: number) {
  const words = unseenWords(60, seed);
  const paragraphs = [0, 1, 2].map((p) => `${words.slice(p * 20, p * 20 + 20).join(" ")}.`);
  return { file, meta: { title: file, ...meta }, text: paragraphs.join("\n\n") };
}

describe("refreshing the statistics cube after a write", () => {
  before(async () => {
    process.env.RESPONSE_CACHE = "off";
    process.env.STATS_CUBE_SETTLE_MS = "0";
    await emptyDatabase();
    await ingestArticles([...generateCorpus({ passages: 2_000, seed: 11, outlets: 5, vocabulary: 500, passagesPerArticle: 20 })]);
    await cubeReady();
  });
  after(async () => {
    delete process.env.RESPONSE_CACHE;
    delete process.env.STATS_CUBE_SETTLE_MS;
    await disconnect();
  });

  test("after a relabel it re-reads the article's outlet-month and equals a cube loaded whole", async () => {
    const before = await cubeReady();
    const passage = await getPrisma().passage.findFirstOrThrow({ where: { framing: "official" }, orderBy: { id: "asc" } });
    await setHumanLabel(passage.id, "testimony");
    assert.equal(await withCube(true, currentStatsCube), null, "a stale cube does not answer");
    assert.equal(await cubeReady(), before + 1, "refreshed, not loaded again");
    assert.deepEqual(cubeContents((await withCube(true, currentStatsCube))!), cubeContents(await loadStatsCube()));
  });

  test("after an ingest of new words, a new outlet, a new month and an undated article, it equals a cube loaded whole", async () => {
    const before = await cubeReady();
    await ingestArticles([
      articleOfUnseenWords("new-outlet", { outlet: "Outlet Never Seen", published: "2024-03-02" }, 1),
      articleOfUnseenWords("new-month", { outlet: "Synthetic Outlet 01", published: "2031-07-15" }, 2),
      articleOfUnseenWords("undated", { outlet: "Synthetic Outlet 02", published: null }, 3),
    ]);
    assert.equal(await cubeReady(), before + 1, "refreshed, not loaded again");
    const cube = (await withCube(true, currentStatsCube))!;
    assert.ok(cube.terms.added.size >= 150, "the new words were numbered");
    assert.deepEqual(cubeContents(cube), cubeContents(await loadStatsCube()));
    // and answers as SQL does
    const a = { outlet: ["Outlet Never Seen", "Synthetic Outlet 01"] };
    const b = { from: "2020-01" };
    process.env.STATS_CUBE = "off";
    const [keyness, top] = [await getKeyness(a, b), await getTopTerms(b, 100)];
    assert.deepEqual(await withCube(true, () => getKeyness(a, b)), keyness);
    assert.deepEqual(await withCube(true, () => getTopTerms(b, 100)), top);
  });

  test("a phrase fold changes cells beyond the ingested ones: the cube is loaded whole", async () => {
    assert.ok((await cubeReady()) >= 1);
    // a made-up phrase three times: the fold counts it into phrase_stat
    const [phrase, others] = [unseenWords(2, 9).join(" "), unseenWords(3, 10)];
    const text = others.map((word) => `The ${phrase} met the ${word} today.`).join("\n\n");
    await ingestArticles([{ file: "fold", meta: { title: "fold", outlet: "Synthetic Outlet 03", published: "2022-05-01" }, text }]);
    assert.equal(await cubeReady(), 0, "loaded again, not refreshed");
    const cube = (await withCube(true, currentStatsCube))!;
    assert.deepEqual(cubeContents(cube), cubeContents(await loadStatsCube()));
  });
});
