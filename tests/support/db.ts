// Integration tests run against the real test database that `npm run test:integration` creates and migrates.
import assert from "node:assert/strict";
import { getPrisma } from "../../lib/db";
import { trainModel } from "../../lib/classify/model";
import { loadTrainingData } from "../../lib/classify/trainingData";
import type { LoadedModel } from "../../lib/pipeline/loadModel";
import { QUEUE_SCHEMA } from "../../lib/queue/ingestJob";

export async function emptyDatabase(): Promise<void> {
  await getPrisma().$executeRawUnsafe("TRUNCATE outlet, article, passage, passage_terms, term, phrase_sighting, phrase_sighting_state, classifier_model, training_attempt, term_stat, phrase_stat, passage_stat, term_surface, reuse_fingerprint, reuse_boilerplate, reuse_link, reuse_cluster, reuse_member, collection RESTART IDENTITY CASCADE");
  // the default collection, as the migration leaves a new database
  await getPrisma().$executeRawUnsafe("INSERT INTO collection (name, is_default) VALUES ('xinjiang', true)");
  // the job queue's tables (pg-boss): dropped whole; the next queue user recreates them
  await getPrisma().$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${QUEUE_SCHEMA} CASCADE`);
}

let model: LoadedModel | undefined;
/** A real model trained on the project's training data (naive Bayes: under a second). */
export function testModel(): LoadedModel {
  model ??= { model: trainModel(loadTrainingData("data/training"), "bayes"), version: null };
  return model;
}

export async function tableCounts() {
  const prisma = getPrisma();
  const [outlets, articles, passages, terms] = await Promise.all([prisma.outlet.count(), prisma.article.count(), prisma.passage.count(), prisma.passageTerms.count()]);
  return { outlets, articles, passages, terms };
}

/** Every precomputed statistic, by collection, in one comparable list: incremental updates must equal rebuildStats(). */
export function statsSnapshot() {
  // collections by name: two databases holding the same articles in the same collections compare equal
  return getPrisma().$queryRaw`
    WITH c AS (SELECT id, name FROM collection)
    SELECT 'term' AS t, (SELECT name FROM c WHERE c.id = collection_id) AS collection, framing::text, outlet_id, month, stem, count,
           concat_ws(' ', passages, articles, articles_only, articles_without_previous) AS passages FROM term_stat
    UNION ALL SELECT 'phrase', (SELECT name FROM c WHERE c.id = collection_id), framing::text, outlet_id, month, stem, count,
           concat_ws(' ', passages, articles, articles_only, articles_without_previous) FROM phrase_stat
    UNION ALL SELECT 'passage', (SELECT name FROM c WHERE c.id = collection_id), framing::text, outlet_id, month, '', tokens, passages::text FROM passage_stat
    UNION ALL SELECT 'surface', '', surface, 0, DATE '1900-01-01', stem, count, '' FROM term_surface
    UNION ALL SELECT 'term total', '', '', 0, DATE '1900-01-01', stem, count, '' FROM term ORDER BY 1, 2, 3, 4, 5, 6`;
}

/** Two lists of rows equal, or the rows only one of them has (a few), not two screens of both. */
export function assertSameRows(actual: unknown, expected: unknown, message: string) {
  const lines = (rows: unknown) => (rows as unknown[]).map((r) => JSON.stringify(r));
  const [a, b] = [lines(actual), lines(expected)];
  const only = (x: string[], y: string[]) => { const other = new Set(y); return x.filter((r) => !other.has(r)).slice(0, 12); };
  assert.deepEqual({ onlyInActual: only(a, b), onlyInExpected: only(b, a), length: a.length }, { onlyInActual: [], onlyInExpected: [], length: b.length }, message);
}
