// For integration tests of the statistics cube: reads with the cube on or off (tests run with it off,
// scripts/run-tests.ts), waiting until it answers, and ingesting plain-text articles.
import assert from "node:assert/strict";
import { statsCubeState } from "../../lib/queries/stats/currentStatsCube";
import { parsePlainTextArticle } from "../../lib/ingest/buildArticle";
import type { ArticleMeta } from "../../lib/ingest/types";
import { ingestArticleStream } from "../../lib/pipeline/ingestArticleStream";
import { testModel } from "./db";

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
