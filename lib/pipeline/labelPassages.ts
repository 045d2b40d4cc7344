// Parsed article + model → the passages to store: each with its framing, confidence, speaker and term counts.
import { countTerms } from "../analysis/terms";
import { labelArticle } from "../classify/labelArticle";
import type { FramingModel } from "../classify/model";
import type { ParsedArticle } from "../ingest/types";

export function labelPassages(article: ParsedArticle, model: FramingModel) {
  const labelled = labelArticle(article.passages.map((p) => p.text), model);
  return article.passages.map((p, i) => {
    const { prediction, speaker } = labelled[i];
    return {
      ...p, framing: prediction.label, confidence: prediction.confidence, scores: prediction.scores, terms: countTerms(p.text),
      speakerName: speaker?.name ?? null, speakerRole: speaker?.role ?? null,
    };
  });
}
