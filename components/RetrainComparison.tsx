// A finished retraining: the candidate against the active version on passages neither trained on, and what
// was decided.
import type { AttemptView } from "@/lib/review/attemptView";
import type { SideBySide } from "@/lib/review/compareWithActive";
import { GATE_LEGS } from "@/lib/review/gateDecision";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const LEGS = ["reviewed", "training"] as const;
const ROWS: [string, (s: SideBySide) => string][] = [
  ["passages", (s) => String(s.examples)],
  ["candidate macro-F1", (s) => pct(s.candidate.macroF1)],
  ["active macro-F1", (s) => pct(s.active.macroF1)],
  ["candidate accuracy", (s) => pct(s.candidate.accuracy)],
  ["active accuracy", (s) => pct(s.active.accuracy)],
];

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
        <table className="metrics" aria-label="Candidate against the active version">
          <caption className="hint">
            Candidate against version {c.activeVersion}, {c.folds}-fold held-out predictions; not worse means a macro-F1 at most{" "}
            {(stored.tolerance * 100).toFixed(1)} points lower, in both columns.
          </caption>
          <thead>
            <tr>
              <td />
              {LEGS.map((leg) => <th key={leg} scope="col" className={stored.worseOn.includes(leg) ? "worse" : undefined}>{GATE_LEGS[leg]}{stored.worseOn.includes(leg) ? " (worse)" : ""}</th>)}
            </tr>
          </thead>
          <tbody>
            {ROWS.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {LEGS.map((leg) => {
                  const s = c[leg];
                  return <td key={leg}>{s ? value(s) : label === "passages" ? "0" : "–"}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {c && c.reviewedSeenByActive > 0 && <p className="hint">{c.reviewedSeenByActive} reviewed passages left out: version {c.activeVersion} learnt them.</p>}
    </div>
  );
}
