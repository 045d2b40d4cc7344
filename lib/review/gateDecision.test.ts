import assert from "node:assert/strict";
import { test } from "node:test";
import type { Comparison, SideBySide } from "./compareWithActive";
import { decideActivation, GATE_TOLERANCE } from "./gateDecision";

const side = (candidate: number, active: number, examples = 20): SideBySide => ({
  examples, candidate: { macroF1: candidate, accuracy: candidate, examples }, active: { macroF1: active, accuracy: active, examples },
});
const comparison = (reviewed: SideBySide | null, training: SideBySide): Comparison => ({ folds: 5, activeVersion: 3, reviewed, reviewedSeenByActive: 0, training });

test("a candidate worse on the reviewed passages is refused, and the reason says where", () => {
  const d = decideActivation(comparison(side(0.7, 0.8), side(0.9, 0.9)));
  assert.equal(d.activate, false);
  assert.deepEqual(d.worseOn, ["reviewed"]);
  assert.match(d.reason, /^the candidate was worse on reviewed passages \(macro-F1 70\.0% against 80\.0%, 20 passages\)$/);
});

test("a candidate equal to the active version is accepted", () => {
  const d = decideActivation(comparison(side(0.8, 0.8), side(0.9, 0.9)));
  assert.equal(d.activate, true);
  assert.match(d.reason, /not worse than version 3/);
});

test("equal within the tolerance is accepted; past it, refused", () => {
  assert.equal(decideActivation(comparison(side(0.8 - GATE_TOLERANCE, 0.8), side(0.9, 0.9))).activate, true);
  assert.equal(decideActivation(comparison(side(0.8 - GATE_TOLERANCE - 0.001, 0.8), side(0.9, 0.9))).activate, false);
});

test("better on reviewed passages but worse on the training folds is refused", () => {
  const d = decideActivation(comparison(side(0.95, 0.5), side(0.8, 0.9)));
  assert.equal(d.activate, false);
  assert.deepEqual(d.worseOn, ["training"]);
  assert.match(d.reason, /held-out training folds/);
});

test("worse on both names both", () => {
  assert.deepEqual(decideActivation(comparison(side(0.5, 0.6), side(0.8, 0.9))).worseOn, ["reviewed", "training"]);
});

test("with no unseen reviewed passages the training folds decide, and the reason says so", () => {
  const d = decideActivation(comparison(null, side(0.9, 0.9)));
  assert.equal(d.activate, true);
  assert.match(d.reason, /training folds only/);
});

test("with no active version the candidate is activated", () => {
  assert.deepEqual(decideActivation(null), { activate: true, worseOn: [], reason: "no version was active: nothing to compare with" });
});

const paired = (candidate: number, active: number, activeOnly: number, candidateOnly: number, examples = 20): SideBySide => ({
  ...side(candidate, active, examples), discordant: { activeOnly, candidateOnly },
});

test("lower by a passage or two is chance, not worse: McNemar's exact test decides", () => {
  // 21 reviewed passages, the active version alone right on two: p = 0.25
  const d = decideActivation(comparison(paired(0.679, 0.714, 2, 0, 21), side(0.9, 0.9)));
  assert.equal(d.activate, true, d.reason);
  assert.match(d.reason, /only the active version right on 2, only the candidate on 0/);
  // alone right on six, the candidate on none: p = 1/64
  assert.equal(decideActivation(comparison(paired(0.5, 0.8, 6, 0), side(0.9, 0.9))).activate, false);
  // many discordant passages either way, lower overall but not beyond chance
  assert.equal(decideActivation(comparison(paired(0.7, 0.75, 12, 9, 60), side(0.9, 0.9))).activate, true);
});

test("McNemar's one-sided p: the binomial tail", async () => {
  const { mcNemarOneSided } = await import("./gateDecision");
  assert.equal(mcNemarOneSided(2, 0), 0.25);
  assert.equal(mcNemarOneSided(6, 0), 1 / 64);
  assert.equal(mcNemarOneSided(0, 0), 1);
  assert.ok(Math.abs(mcNemarOneSided(8, 2) - 56 / 1024) < 1e-12);
});
