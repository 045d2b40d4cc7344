// For integration tests of the statistics cube: reads with the cube on or off (tests run with it off,
// scripts/run-tests.ts), waiting until it answers, and ingesting plain-text articles.
import assert from "node:assert/strict";
import { statsCubeState } from "../../lib/queries/stats/currentStatsCube";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import type { ArticleMeta } from "../../lib/ingest/types";
import { ingestArticleStream } from "../../lib/pipeline/ingestArticleStream";
import { testModel } from "./db";
import { FRAMINGS } from "../../lib/classify/labels";
import { type StatsCube, stemOf } from "../../lib/analysis/statsCube";

export async function withCube<T>(on: boolean, read: () => Promise<T>): Promise<T> {
  process.env.STATS_CUBE = on ? "on" : "off";
  try {
    return await read();
  } finally {
    process.env.STATS_CUBE = "off";
  }
}

/** Waits until a cube answers for the data as it is; returns how many refreshes it has had since its load. */
export async function cubeReady(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const { state, refreshes, error } = await withCube(true, statsCubeState);
    if (state === "ready") return refreshes ?? 0;
    assert.notEqual(state, "failed", error ?? "");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return assert.fail("the statistics cube was not up to date in 10 s");
}

export async function ingestArticles(articles: { file: string; text: string; meta: ArticleMeta }[]): Promise<void> {
  const stream = articles.map((a) => ({ label: a.file, parse: () => parsePlainTextArticle(a.text, a.meta, a.file) }));
  assert.equal((await ingestArticleStream(stream, testModel())).failed, 0);
}

/** Every row of a cube (its year cells too) as text (collection, framing, outlet, month, stem and its counts), and its passage totals. */
export function cubeContents(cube: StatsCube) {
  const rows: string[] = [];
  for (const block of [cube.finest, cube.coarsest, cube.years]) {
    block.rows.forEach((r, c) => {
      const cell = `${block.cells.collection[c]} ${FRAMINGS[block.cells.framing[c]]} ${block.cells.outletId[c]} ${block.cells.month[c]}`;
      for (let i = 0; i < r.term.length; i++) rows.push(`${cell} ${stemOf(cube, r.term[i])} n${cube.terms.n[r.term[i]]} ${r.count[i]} ${r.passages[i]} ${r.articles[i]} ${r.articlesOnly[i]} ${r.articlesWithoutPrevious[i]}`);
    });
  }
  const p = cube.passageCells;
  const passages = Array.from(p.framing, (f, c) => `${p.collection[c]} ${FRAMINGS[f]} ${p.outletId[c]} ${p.month[c]} ${p.passages[c]} ${p.tokens[c]}`);
  return { rows: rows.sort(), passages: passages.sort(), outlets: [...cube.outletIds].sort(), collections: [...cube.collectionIds].sort() };
}
