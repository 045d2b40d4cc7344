// Parsed article + model → the passages to store: each with its framing, confidence and term counts.
import { countTerms } from "../analysis/terms";
import type { FramingModel } from "../classify/model";
import type { ParsedArticle } from "../ingest/types";

export function labelPassages(article: ParsedArticle, model: FramingModel) {
  return article.passages.map((p) => {
    const prediction = model.predict(p.text);
    return { ...p, framing: prediction.label, confidence: prediction.confidence, scores: prediction.scores, terms: countTerms(p.text) };
  });
}
