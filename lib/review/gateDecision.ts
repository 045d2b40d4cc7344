// Whether a retrained candidate replaces the active version: only if it is not worse on the reviewed passages
// the active version never saw, nor on the held-out training folds (./compareWithActive.ts). Worse means both
// lower by more than a tolerance and lower beyond chance: on the same passages, the ones only the active version
// got right outnumber the ones only the candidate got right by more than a fair coin would (McNemar's exact
// test, one-sided, 5%; McNemar 1947). On twenty reviewed passages one flipped label moves macro-F1 by several
// points, which alone is no evidence that the candidate is worse.
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
const describe = (leg: GateLeg, s: SideBySide) => {
  const split = s.discordant ? `; only the active version right on ${s.discordant.activeOnly}, only the candidate on ${s.discordant.candidateOnly}` : "";
  return `${GATE_LEGS[leg]} (macro-F1 ${pct(s.candidate.macroF1)} against ${pct(s.active.macroF1)}, ${s.examples} passages${split})`;
};
// floating-point sums of the same predictions can differ in the last bit: equal must count as equal
const worse = (s: SideBySide, tolerance: number) =>
  s.candidate.macroF1 < s.active.macroF1 - tolerance - 1e-9 && (!s.discordant || mcNemarWorse(s.discordant.activeOnly, s.discordant.candidateOnly));

/** The chance of a split at least this lopsided if either model were as likely as the other to be the one right. */
export function mcNemarOneSided(activeOnly: number, candidateOnly: number): number {
  const n = activeOnly + candidateOnly;
  let p = 0;
  for (let k = activeOnly; k <= n; k++) p += binomial(n, k);
  return p / 2 ** n;
}

export const MCNEMAR_ALPHA = 0.05;
const mcNemarWorse = (activeOnly: number, candidateOnly: number) => activeOnly > candidateOnly && mcNemarOneSided(activeOnly, candidateOnly) < MCNEMAR_ALPHA;

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

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
