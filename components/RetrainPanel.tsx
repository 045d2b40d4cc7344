"use client";
// Retraining from the Review page: the button starts a job on the server (POST /api/review/retrain), this panel
// polls its progress (GET) while it runs, and shows the candidate's comparison with the active version and
// whether it was activated or refused.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { AttemptView } from "@/lib/review/attemptView";
import { reviewerToken } from "./ReviewerControls";
import { RetrainComparison } from "./RetrainComparison";

export interface RetrainStatus { running: boolean; latest: AttemptView | null; lastCompared: AttemptView | null }

const POLL_MS = 1500;

export function RetrainPanel({ initial, canReview }: { initial: RetrainStatus; canReview: boolean }) {
  const router = useRouter();
  const [status, setStatus] = useState(initial);
  const [error, setError] = useState("");
  const [starting, setStarting] = useState(false);

  // polls only while a retraining runs: there is nothing to wait for otherwise
  useEffect(() => {
    if (!status.running) return;
    const timer = setInterval(async () => {
      const response = await fetch("/api/review/retrain", { cache: "no-store" }).catch(() => null);
      if (!response?.ok) return;
      const next = (await response.json()) as RetrainStatus;
      setStatus(next);
      if (!next.running) router.refresh(); // the active version may have changed
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [status.running, router]);

  async function retrain() {
    setStarting(true);
    setError("");
    const response = await fetch("/api/review/retrain", { method: "POST", headers: { "x-reviewer-token": reviewerToken() } }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as { error?: string; attempt?: AttemptView } | null;
    setStarting(false);
    if (response?.ok || response?.status === 409) {
      if (!response.ok) setError(body?.error ?? "a retraining is already running");
      setStatus((s) => ({ ...s, running: true, latest: body?.attempt ?? s.latest }));
    } else {
      setError(body?.error ?? `could not start (${response ? `HTTP ${response.status}` : "no answer"})`);
    }
  }

  const { latest, lastCompared } = status;
  return (
    <section className="panel retrain" aria-label="Retraining">
      <h2>Retrain with the reviewed labels</h2>
      <p className="hint">
        A candidate is trained on the training data and every reviewed passage, then compared with the active version on
        passages neither learnt from. It becomes active only if it is not worse; otherwise the active version stays.
      </p>
      {canReview && (
        <button type="button" onClick={() => void retrain()} disabled={status.running || starting}>
          {status.running ? "Retraining…" : "Retrain"}
        </button>
      )}
      <p role="status" aria-live="polite" data-testid="retrain-progress">
        {status.running && latest ? `Attempt ${latest.id} running since ${latest.startedAt.slice(11, 19)} UTC: ${latest.progress ?? "starting"}` : ""}
        {!status.running && latest?.status === "failed" ? `Attempt ${latest.id} failed: ${latest.reason}` : ""}
      </p>
      {error && <p role="alert">{error}</p>}
      {lastCompared ? <RetrainComparison attempt={lastCompared} /> : <p className="hint">No retraining has been compared yet.</p>}
    </section>
  );
}
