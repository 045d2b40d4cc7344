// Many inputs (files, folders' files, web addresses, uploads carried in a queued job), each article in its own
// transaction: one that fails is reported with its reason and the rest go on. A feed or spreadsheet yields one
// outcome per item or row.
import type { FetchLimits } from "../ingest/readers/fetchUrl";
import { collectInputFiles } from "../ingest/sources";
import type { ArticleMeta } from "../ingest/types";
import { countPassages } from "../queries/reads";
import { saveArticle } from "../queries/writes";
import { plannerStatsKeeper } from "./plannerStatsKeeper";
import { articleToSave } from "./articleToSave";
import type { LoadedModel } from "./loadModel";
import { messageOf, readInput } from "./readInput";
import { readUpload } from "./readUpload";
import { resolveArticle } from "./resolveArticle";
import type { Upload } from "../queue/ingestJob";

export type FileOutcome =
  | { file: string; status: "added" | "unchanged"; title: string; articleId: number; passages: number; collection: string; note?: string }
  | { file: string; status: "failed"; error: string };

export interface IngestOptions {
  limits?: FetchLimits;
  /** false: never fetch pages for feed items, URL lists or url-only rows */
  fetch?: boolean;
  /** how many articles an input turned out to hold (a feed, a spreadsheet): for progress bars */
  onArticlesFound?: (input: string, count: number) => void;
  /** the collection the articles go to (created if new; lib/collectionName.ts); the default collection when absent */
  collection?: string;
}

export async function ingestInputs(inputs: (string | Upload)[], model: LoadedModel, flags: ArticleMeta = {}, onOutcome?: (o: FileOutcome) => void, options: IngestOptions = {}) {
  const counts = { added: 0, unchanged: 0, failed: 0 };
  const outcomes: FileOutcome[] = [];
  const report = (o: FileOutcome) => {
    counts[o.status] += 1;
    outcomes.push(o);
    onOutcome?.(o);
  };
  const keepPlannerStats = plannerStatsKeeper(await countPassages());
  const uploads = inputs.filter((i): i is Upload => typeof i !== "string");
  const { inputs: found, missing } = collectInputFiles(inputs.filter((i): i is string => typeof i === "string"));
  for (const m of missing) report({ file: m, status: "failed", error: "no such file or folder" });
  for (const input of [...found, ...uploads]) {
    const raws = typeof input === "string" ? await readInput(input, flags, options.limits) : readUpload(input, flags);
    options.onArticlesFound?.(typeof input === "string" ? input : input.name, raws.length);
    for (const raw of raws) {
      if ("error" in raw) { report({ file: raw.label, status: "failed", error: raw.error }); continue; }
      try {
        const article = await resolveArticle(raw, options);
        const saved = await saveArticle({
          ...articleToSave(article, model, raw.sourceFile && raw.label !== raw.sourceFile ? labelInFile(raw.label, raw.sourceFile) : raw.sourceFile),
          ...(options.collection === undefined ? {} : { collection: options.collection }),
        });
        if (saved.status === "added") await keepPlannerStats(saved.passages);
        const notes = [
          saved.offTopic ? `${saved.status}, but ${saved.offTopic.message}` : "",
          saved.createdCollection ? `collection '${saved.collection}' created` : "",
          saved.status === "unchanged" && saved.joinedCollection ? `already stored; now also in '${saved.collection}'` : "",
          saved.duplicateOf === "url" ? `same address as article ${saved.articleId}` : "",
          saved.sharesAddressWith ? `the page gives the same canonical address as article ${saved.sharesAddressWith}, but the text differs: stored separately` : "",
          ...(article.warnings ?? []),
        ].filter(Boolean);
        report({ file: raw.label, status: saved.status, title: article.title, articleId: saved.articleId, passages: saved.passages, collection: saved.collection, ...(notes.length ? { note: notes.join("; ") } : {}) });
      } catch (e) {
        report({ file: raw.label, status: "failed", error: messageOf(e) });
      }
    }
  }
  return { ...counts, outcomes };
}

/** "exports/may.csv#row 3" is stored as "may.csv#row 3"; a URL list entry keeps the list's name. */
function labelInFile(label: string, sourceFile: string): string {
  const hash = label.lastIndexOf("#");
  return hash > 0 && !/^https?:/i.test(label) ? `${sourceFile}${label.slice(hash)}` : sourceFile;
}
