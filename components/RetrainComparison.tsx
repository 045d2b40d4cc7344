// A finished retraining: the candidate against the active version on passages neither trained on, and what
// was decided.
import type { AttemptView } from "@/lib/review/attemptView";
import { GATE_LEGS } from "@/lib/review/gateDecision";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function RetrainComparison({ attempt }: { attempt: AttemptView }) {
  const stored = attempt.comparison;
  const c = stored?.comparison ?? null;
  const decision = attempt.status === "activated"
    ? `Activated as version ${attempt.candidateVersion}${attempt.activeVersion ? ` (replacing version ${attempt.activeVersion})` : ""}`
    : `Kept version ${attempt.activeVersion}: the candidate was refused`;
  return (
    <div data-testid="retrain-comparison" data-status={attempt.status}>
      <h3>Attempt {attempt.id} ({attempt.finishedAt?.slice(0, 16).replace("T", " ")} UTC): {decision}</h3>
      <p>{attempt.reason}</p>
      {stored && <p className="hint">Candidate: {stored.algorithm}, {stored.trainingSize} examples, {stored.reviewed} of them reviewed passages.</p>}
      {c && stored && (
        <div className="table-scroll">
          <table className="metrics" aria-label="Candidate against the active version">
            <caption className="hint">
              Candidate against version {c.activeVersion}, {c.folds}-fold held-out predictions; not worse means a macro-F1 at most{" "}
              {(stored.tolerance * 100).toFixed(1)} points lower, on both rows.
            </caption>
            <thead>
              <tr><th scope="col">judged on</th><th scope="col">passages</th><th scope="col">candidate macro-F1</th><th scope="col">active macro-F1</th><th scope="col">candidate accuracy</th><th scope="col">active accuracy</th></tr>
            </thead>
            <tbody>
              {(["reviewed", "training"] as const).map((leg) => {
                const s = c[leg];
                const worse = stored.worseOn.includes(leg);
                return (
                  <tr key={leg} className={worse ? "worse" : undefined}>
                    <th scope="row">{GATE_LEGS[leg]}{leg === "reviewed" && c.reviewedSeenByActive > 0 ? ` (${c.reviewedSeenByActive} left out: the active version learnt them)` : ""}{worse ? " — worse" : ""}</th>
                    {s
                      ? <><td>{s.examples}</td><td>{pct(s.candidate.macroF1)}</td><td>{pct(s.active.macroF1)}</td><td>{pct(s.candidate.accuracy)}</td><td>{pct(s.active.accuracy)}</td></>
                      : <td colSpan={5}>none the active version has not learnt</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
