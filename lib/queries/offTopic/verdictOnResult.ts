import type { OffTopicVerdict } from "../../analysis/offTopicVerdict";

/** What a save reports of its verdict: the score always (when there was anything to compare with), the rest when flagged. */
export interface OffTopicReport {
  similarity?: number;
  offTopic?: { score: number; range: [number, number]; threshold: number; message: string };
}

export function verdictOnResult(verdict: OffTopicVerdict | undefined): OffTopicReport {
  if (!verdict) return {};
  const { score, range, threshold, message } = verdict;
  return { similarity: score, ...(verdict.offTopic ? { offTopic: { score, range, threshold, message } } : {}) };
}
