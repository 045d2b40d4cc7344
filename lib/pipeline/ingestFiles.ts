// Many files, each in its own transaction: one that fails is reported and the rest go on.
import type { ArticleMeta } from "../ingest/types";
import { ingestFile } from "./ingestFile";
import type { LoadedModel } from "./loadModel";

export type FileOutcome =
  | { file: string; status: "added" | "unchanged"; title: string; articleId: number; passages: number }
  | { file: string; status: "failed"; error: string };

export async function ingestFiles(files: string[], model: LoadedModel, flags: ArticleMeta = {}, onFile?: (o: FileOutcome) => void) {
  const counts = { added: 0, unchanged: 0, failed: 0 };
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    let outcome: FileOutcome;
    try {
      const r = await ingestFile(file, model, flags);
      outcome = { file, status: r.status, title: r.title, articleId: r.articleId, passages: r.passages };
    } catch (e) {
      outcome = { file, status: "failed", error: e instanceof Error ? e.message : String(e) };
    }
    counts[outcome.status] += 1;
    outcomes.push(outcome);
    onFile?.(outcome);
  }
  return { ...counts, outcomes };
}
