// The dry-run records for some inputs: one per article (a feed or spreadsheet gives several), parsed and
// classified, nothing stored. Field names are a contract: other tools read them.
import { collectInputFiles } from "../ingest/sources";
import type { ArticleMeta } from "../ingest/types";
import { labelPassages } from "./labelPassages";
import type { LoadedModel } from "./loadModel";
import { messageOf, readInput } from "./readInput";
import { type ResolveOptions, resolveArticle } from "./resolveArticle";

export interface DryRunRecord {
  file: string; title: string; byline: string | null; siteName: string | null; publishedTime: string | null;
  lang: string; url: string | null;
  passages: { index: number; text: string; label: string; confidence: number }[];
  dropped: { text: string; reason: string }[];
}
export type DryRunResult = DryRunRecord | { file: string; error: string };

export async function dryRunInputs(inputs: string[], model: LoadedModel, flags: ArticleMeta = {}, options: ResolveOptions = {}): Promise<DryRunResult[]> {
  const results: DryRunResult[] = [];
  const { inputs: found, missing } = collectInputFiles(inputs);
  for (const m of missing) results.push({ file: m, error: "no such file or folder" });
  for (const input of found) {
    for (const raw of await readInput(input, flags, options.limits)) {
      if ("error" in raw) { results.push({ file: raw.label, error: raw.error }); continue; }
      try {
        const a = await resolveArticle(raw, options);
        results.push({
          file: raw.label, title: a.title, byline: a.byline, siteName: a.siteName, publishedTime: a.publishedTime, lang: a.lang, url: a.url,
          passages: labelPassages(a, model.model).map((p) => ({ index: p.index, text: p.text, label: p.framing, confidence: round(p.confidence) })),
          dropped: a.dropped,
        });
      } catch (e) {
        results.push({ file: raw.label, error: messageOf(e) });
      }
    }
  }
  return results;
}

const round = (x: number) => Math.round(x * 10000) / 10000;
