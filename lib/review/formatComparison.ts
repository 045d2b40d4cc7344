// The gate's comparison as text for `npm run train`.
import type { Comparison, SideBySide } from "./compareWithActive";
import { GATE_LEGS } from "./gateDecision";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

export function formatComparison(c: Comparison | null, tolerance: number): string {
  if (!c) return "no version was active: nothing to compare with";
  const row = (label: string, s: SideBySide | null, note = "") => s
    ? `${label.padEnd(24)} ${String(s.examples).padStart(8)} ${pct(s.candidate.macroF1)} ${pct(s.active.macroF1)}   ${pct(s.candidate.accuracy)} ${pct(s.active.accuracy)}${note}`
    : `${label.padEnd(24)}        0   (none that the active version has not learnt)`;
  return [
    `candidate against version ${c.activeVersion}, on passages neither trained on (${c.folds}-fold; not worse = macro-F1 at most ${(tolerance * 100).toFixed(1)} points lower)`,
    `${"".padEnd(24)} passages  macro-F1 cand/active   accuracy cand/active`,
    row(GATE_LEGS.reviewed, c.reviewed, c.reviewedSeenByActive ? `   (${c.reviewedSeenByActive} more left out: version ${c.activeVersion} learnt them)` : ""),
    row(GATE_LEGS.training, c.training),
  ].join("\n");
}
