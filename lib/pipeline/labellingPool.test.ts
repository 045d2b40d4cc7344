import assert from "node:assert/strict";
import { test } from "node:test";
import { labelArticle } from "../classify/labelArticle";
import { trainModel } from "../classify/model";
import { loadTrainingData } from "../classify/trainingData";
import { parsePlainTextArticle } from "../ingest/buildArticle";
import { generateCorpus } from "../../bench/synthetic/generateCorpus";
import { LabellingPool } from "./labellingPool";
import { TRAINING_DIR } from "./trainAndStore";

test("labels from the worker threads equal labelArticle's, article by article and in input order", async () => {
  const model = trainModel(loadTrainingData(TRAINING_DIR), "bayes");
  const articles = [...generateCorpus({ passages: 3_000, seed: 5 })].map((a) => parsePlainTextArticle(a.text, a.meta, a.file).passages.map((p) => p.text));
  const pool = LabellingPool.open(model, 2);
  try {
    const labelled = await pool.label(articles);
    assert.equal(labelled.length, articles.length);
    assert.deepEqual(labelled, articles.map((texts) => labelArticle(texts, model)));
    assert.deepEqual(await pool.label([]), []);
  } finally {
    await pool.close();
  }
});
