// npm run eval:off-topic's measurements: for a collection, its own articles scored leave-one-out, outsiders
// scored against it, the calibrated threshold and the precision and recall of the "off-topic" flag; and how the
// rule fares on small collections (random subsets, the rest of the collection held out).
import {
  calibrate, type CalibrationRule, DEFAULT_RULE, leaveOneOutScores, type OffTopicCalibration, type SimilarityMethod, similarityTo,
} from "./offTopic";
import { profileOf } from "./offTopicProfile";
import type { ScoredSample } from "./offTopicSamples";
import { seededRandom } from "../seededRandom";

export interface ScoredName { name: string; score: number; flagged: boolean }

export interface CollectionEvaluation {
  calibration: OffTopicCalibration;
  own: ScoredName[];
  /** outsider sets by name (off-topic fixtures, the other collection, real pages) */
  outsiders: Record<string, ScoredName[]>;
}

export function evaluateCollection(collection: readonly ScoredSample[], outsiders: Record<string, readonly ScoredSample[]>, method: SimilarityMethod, rule: CalibrationRule = DEFAULT_RULE): CollectionEvaluation {
  const terms = collection.map((s) => s.terms);
  const loo = leaveOneOutScores(terms, method);
  const calibration = calibrate(loo, rule);
  const flag = (name: string, score: number) => ({ name, score, flagged: score < calibration.threshold });
  const profile = profileOf(terms);
  return {
    calibration,
    own: collection.map((s, i) => flag(s.name, loo[i])),
    outsiders: Object.fromEntries(Object.entries(outsiders).map(([set, samples]) => [set, samples.map((s) => flag(s.name, similarityTo(s.terms, terms, method, profile)))])),
  };
}

export interface FlagQuality { precision: number; recall: number; flagged: number; falseFlags: number; missed: number }

/** The flag as a detector of outsiders among own articles (scored leave-one-out) and the named outsider sets. */
export function flagQuality(evaluation: CollectionEvaluation, sets: readonly string[]): FlagQuality {
  const outsiders = sets.flatMap((set) => evaluation.outsiders[set] ?? []);
  const caught = outsiders.filter((o) => o.flagged).length;
  const falseFlags = evaluation.own.filter((o) => o.flagged).length;
  const flagged = caught + falseFlags;
  return { precision: flagged ? caught / flagged : 1, recall: outsiders.length ? caught / outsiders.length : 1, flagged, falseFlags, missed: outsiders.length - caught };
}

export interface SmallCollectionTrial { size: number; trials: number; ownFlagged: number; ownScored: number; outsidersCaught: number; outsidersScored: number; floorUsed: number }

/**
 * A collection of `size` articles drawn at random (seeded) from a bigger one, calibrated on itself: how many of
 * the held-out articles of the same subject it flags, and how many outsiders it catches.
 */
export function smallCollectionTrial(collection: readonly ScoredSample[], outsiders: readonly ScoredSample[], size: number, trials: number, method: SimilarityMethod, rule: CalibrationRule = DEFAULT_RULE, seed = 30): SmallCollectionTrial {
  const random = seededRandom(seed + size);
  const out: SmallCollectionTrial = { size, trials, ownFlagged: 0, ownScored: 0, outsidersCaught: 0, outsidersScored: 0, floorUsed: 0 };
  for (let t = 0; t < trials; t++) {
    const order = shuffled(collection.map((_, i) => i), random);
    const chosen = order.slice(0, size).map((i) => collection[i].terms);
    const heldOut = order.slice(size).map((i) => collection[i].terms);
    const calibration = calibrate(leaveOneOutScores(chosen, method), rule);
    if (calibration.basis === "floor") out.floorUsed += 1;
    const profile = profileOf(chosen);
    const below = (terms: ScoredSample["terms"]) => similarityTo(terms, chosen, method, profile) < calibration.threshold;
    out.ownFlagged += heldOut.filter(below).length;
    out.ownScored += heldOut.length;
    out.outsidersCaught += outsiders.filter((o) => below(o.terms)).length;
    out.outsidersScored += outsiders.length;
  }
  return out;
}

/** Fisher–Yates. */
function shuffled<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

