// A training attempt as the API and the Review page show it.
import type { TrainingAttempt } from "../queries/writes";
import { readStoredComparison, type StoredComparison } from "./storedComparison";

export interface AttemptView {
  id: number;
  trigger: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  progress: string | null;
  /** the version it was compared with */
  activeVersion: number | null;
  /** the version it became, when activated */
  candidateVersion: number | null;
  reason: string | null;
  comparison: StoredComparison | null;
}

export function attemptView(a: TrainingAttempt | null): AttemptView | null {
  if (!a) return null;
  return {
    id: a.id, trigger: a.trigger, status: a.status, startedAt: a.startedAt.toISOString(), finishedAt: a.finishedAt?.toISOString() ?? null,
    progress: a.progress, activeVersion: a.activeVersion, candidateVersion: a.candidateVersion, reason: a.reason,
    comparison: readStoredComparison(a.comparison),
  };
}
