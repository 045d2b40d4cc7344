// The dry-run records for some inputs: one per article (a feed or spreadsheet gives several), parsed and
// classified, nothing stored. Field names are a contract: other tools read them.
import type { SpeakerRole } from "../classify/speakerRoles";
import { collectInputFiles } from "../ingest/sources";
import type { ArticleMeta } from "../ingest/types";
import { labelPassages } from "./labelPassages";
import type { LoadedModel } from "./loadModel";
import { messageOf, readInput } from "./readInput";
import { type ResolveOptions, resolveArticle } from "./resolveArticle";

export interface DryRunRecord {
  file: string; title: string; byline: string | null; siteName: string | null; publishedTime: string | null;
  lang: string; url: string | null;
  /** speaker: who the passage attributes its words to, read with the article's context as at ingest; null when
   * no one (narration). Its name is null for an unnamed first-person narrator, its role null when the text
   * names a speaker of none of the seven kinds (a company, an unplaced source). */
  passages: { index: number; text: string; label: string; confidence: number; speaker: { name: string | null; role: SpeakerRole | null } | null }[];
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
          passages: labelPassages(a, model.model).map((p) => ({
            index: p.index, text: p.text, label: p.framing, confidence: round(p.confidence),
            speaker: p.speakerName === null && p.speakerRole === null ? null : { name: p.speakerName, role: p.speakerRole },
          })),
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
