// The bulk path: articles from an iterator (a synthetic corpus, a large export), each cleaned, split and
// classified on this thread while up to `inFlight` earlier ones are being written. Every article is still
// its own transaction and deduplicated by content hash, so the rules of a single ingest hold: a failure
// loses only that article, and a rerun changes nothing. Pipelining overlaps the CPU work of the next
// article with the database's work on the previous ones.
import type { ParsedArticle } from "../ingest/types";
import { saveArticle, type SaveResult } from "../queries/saveArticle";
import { articleToSave } from "./articleToSave";
import type { LoadedModel } from "./loadModel";
import { countPassages } from "../queries/countPassages";
import { plannerStatsKeeper } from "./plannerStatsKeeper";

export interface StreamedArticle { label: string; parse: () => ParsedArticle }
export type StreamOutcome = { label: string } & ({ status: SaveResult["status"]; passages: number } | { status: "failed"; error: string });

export async function ingestArticleStream(
  articles: Iterable<StreamedArticle>, model: LoadedModel,
  options: { inFlight?: number; onOutcome?: (o: StreamOutcome) => void } = {},
): Promise<{ added: number; unchanged: number; failed: number; passages: number }> {
  const totals = { added: 0, unchanged: 0, failed: 0, passages: 0 };
  const keepPlannerStats = plannerStatsKeeper(await countPassages());
  const report = (o: StreamOutcome) => {
    totals[o.status] += 1;
    if (o.status === "added") totals.passages += o.passages;
    options.onOutcome?.(o);
  };
  const pending = new Set<Promise<void>>();
  for (const article of articles) {
    let save: Promise<void>;
    try {
      const row = articleToSave(article.parse(), model, article.label);
      save = saveArticle(row).then(
        async (saved) => {
          report({ label: article.label, status: saved.status, passages: saved.passages });
          if (saved.status === "added") await keepPlannerStats(saved.passages);
        },
        (e: unknown) => report({ label: article.label, status: "failed", error: e instanceof Error ? e.message : String(e) }),
      );
    } catch (e) {
      report({ label: article.label, status: "failed", error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const tracked = save.finally(() => pending.delete(tracked));
    pending.add(tracked);
    if (pending.size >= (options.inFlight ?? 4)) await Promise.race(pending);
  }
  await Promise.all(pending);
  return totals;
}
