// The dry-run record for one file. Field names are a contract: other tools read them.
import type { ArticleMeta } from "../ingest/types";
import { readArticleFile } from "./ingestFile";
import { labelPassages } from "./labelPassages";
import type { LoadedModel } from "./loadModel";

export interface DryRunRecord {
  file: string; title: string; byline: string | null; siteName: string | null; publishedTime: string | null;
  lang: string; url: string | null;
  passages: { index: number; text: string; label: string; confidence: number }[];
  dropped: { text: string; reason: string }[];
}

export function dryRunFile(file: string, model: LoadedModel, flags: ArticleMeta = {}): DryRunRecord | { file: string; error: string } {
  try {
    const a = readArticleFile(file, flags);
    return {
      file, title: a.title, byline: a.byline, siteName: a.siteName, publishedTime: a.publishedTime, lang: a.lang, url: a.url,
      passages: labelPassages(a, model.model).map((p) => ({ index: p.index, text: p.text, label: p.framing, confidence: round(p.confidence) })),
      dropped: a.dropped,
    };
  } catch (e) {
    return { file, error: e instanceof Error ? e.message : String(e) };
  }
}

const round = (x: number) => Math.round(x * 10000) / 10000;
