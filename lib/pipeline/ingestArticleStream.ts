// The bulk path: articles from an iterator (a synthetic corpus, a large export), each cleaned, split and
// classified on this thread while earlier batches are being written. A batch of articles is one
// transaction, so the statistics rows all articles share are updated once per batch rather than once per
// article (per-article transactions queue on those rows). The rules of a single ingest still hold: if a
// batch fails, its articles are saved again one by one, so a bad article loses only itself; articles are
// deduplicated by content hash and address, so a rerun changes nothing.
import type { ParsedArticle } from "../ingest/types";
import { type ArticleToSave, saveArticle, saveArticles, type SaveResult } from "../queries/writes";
import { articleToSave } from "./articleToSave";
import type { LoadedModel } from "./loadModel";
import { countPassages } from "../queries/reads";
import { plannerStatsKeeper } from "./plannerStatsKeeper";
import { foldPhraseSightings } from "../queries/stats";

/** `collection`: where the article goes (the default collection when absent). */
export interface StreamedArticle { label: string; parse: () => ParsedArticle; collection?: string }
export type StreamOutcome = { label: string } & ({ status: SaveResult["status"]; passages: number } | { status: "failed"; error: string });

/** About this many passages per transaction: large enough to share the statistics upserts, small enough to retry. */
const BATCH_PASSAGES = 2_000;

export async function ingestArticleStream(
  articles: Iterable<StreamedArticle>, model: LoadedModel,
  options: { inFlight?: number; batchPassages?: number; onOutcome?: (o: StreamOutcome) => void } = {},
): Promise<{ added: number; unchanged: number; failed: number; passages: number }> {
  const totals = { added: 0, unchanged: 0, failed: 0, passages: 0 };
  const keepPlannerStats = plannerStatsKeeper(await countPassages());
  const report = (o: StreamOutcome) => {
    totals[o.status] += 1;
    if (o.status === "added") totals.passages += o.passages;
    options.onOutcome?.(o);
  };
  const failure = (label: string, e: unknown): StreamOutcome => ({ label, status: "failed", error: e instanceof Error ? e.message : String(e) });

  async function save(batch: { label: string; row: ArticleToSave }[]): Promise<void> {
    let outcomes: StreamOutcome[];
    try {
      const saved = await saveArticles(batch.map((b) => b.row));
      outcomes = saved.map((s, i) => ({ label: batch[i].label, status: s.status, passages: s.passages }));
    } catch {
      // one article (or a concurrent writer) spoiled the batch: each on its own, so only a bad one fails
      outcomes = [];
      for (const { label, row } of batch) {
        outcomes.push(await saveArticle(row).then((s) => ({ label, status: s.status, passages: s.passages }), (e: unknown) => failure(label, e)));
      }
    }
    for (const o of outcomes) report(o);
    await keepPlannerStats(outcomes.reduce((n, o) => n + (o.status === "added" ? o.passages : 0), 0));
  }

  const pending = new Set<Promise<void>>();
  let batch: { label: string; row: ArticleToSave }[] = [];
  let batchPassages = 0;
  const flush = async () => {
    if (!batch.length) return;
    const tracked: Promise<void> = save(batch).finally(() => pending.delete(tracked));
    pending.add(tracked);
    batch = [];
    batchPassages = 0;
    if (pending.size >= (options.inFlight ?? 2)) await Promise.race(pending);
  };
  for (const article of articles) {
    try {
      const row = { ...articleToSave(article.parse(), model, article.label), collection: article.collection };
      batch.push({ label: article.label, row });
      batchPassages += row.passages.length;
    } catch (e) {
      report(failure(article.label, e));
      continue;
    }
    if (batchPassages >= (options.batchPassages ?? BATCH_PASSAGES)) await flush();
  }
  await flush();
  await Promise.all(pending);
  // the last batches' phrases that reached PHRASE_MIN_COUNT, counted before the import reports done
  await foldPhraseSightings({ force: true });
  return totals;
}
