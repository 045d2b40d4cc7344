// Whether a retrained candidate replaces the active version: only if it is not worse, beyond a tolerance, on
// the reviewed passages the active version never saw, nor on the held-out training folds (./compareWithActive.ts).
import type { Comparison, SideBySide } from "./compareWithActive";

/**
 * How much lower a candidate's macro-F1 may be and still count as "not worse": one point. Macro-F1 over a
 * few dozen reviewed passages moves by more than that when a single passage changes, and the training folds'
 * figure wobbles by about that between fits on slightly different data.
 */
export const GATE_TOLERANCE = 0.01;

export const GATE_LEGS = { reviewed: "reviewed passages", training: "held-out training folds" } as const;
export type GateLeg = keyof typeof GATE_LEGS;

export interface GateDecision {
  activate: boolean;
  worseOn: GateLeg[];
  reason: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const describe = (leg: GateLeg, s: SideBySide) => `${GATE_LEGS[leg]} (macro-F1 ${pct(s.candidate.macroF1)} against ${pct(s.active.macroF1)}, ${s.examples} passages)`;
// floating-point sums of the same predictions can differ in the last bit: equal must count as equal
const worse = (s: SideBySide, tolerance: number) => s.candidate.macroF1 < s.active.macroF1 - tolerance - 1e-9;

export function decideActivation(comparison: Comparison | null, tolerance = GATE_TOLERANCE): GateDecision {
  if (!comparison) return { activate: true, worseOn: [], reason: "no version was active: nothing to compare with" };
  const legs = ([["reviewed", comparison.reviewed], ["training", comparison.training]] as const)
    .flatMap(([leg, s]) => (s ? [{ leg, s }] : []));
  const worseOn = legs.filter(({ s }) => worse(s, tolerance));
  if (worseOn.length) {
    return { activate: false, worseOn: worseOn.map((w) => w.leg), reason: `the candidate was worse on ${worseOn.map(({ leg, s }) => describe(leg, s)).join(" and on ")}` };
  }
  const judged = legs.map(({ leg, s }) => describe(leg, s)).join("; ");
  const note = comparison.reviewed ? "" : " (no reviewed passages the active version had not seen: judged on the training folds only)";
  return { activate: true, worseOn: [], reason: `not worse than version ${comparison.activeVersion} on ${judged}${note}` };
}
