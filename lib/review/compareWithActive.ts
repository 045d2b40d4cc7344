// Is a retrained candidate better than the active version? Both are judged only on passages neither trained on:
//  - reviewed passages the active version never saw: the candidate's held-out predictions from k-fold
//    cross-validation over (training data + every reviewed passage), against the active version's own
//    predictions (it has not seen them, so they are held out for it too);
//  - the training data, held out the same way for both: in each fold the candidate's recipe (all reviewed
//    passages) and the active version's recipe (only the reviewed passages it learnt from) are fitted on
//    the other folds and predict the fold. A fixed model cannot be cross-validated on data it learnt, so the
//    active side here is its recipe re-run; this leg asks whether the new reviews hurt the rest.
// The candidate's fold models learn from (k-1)/k of the data while the active version learnt from all of
// its own: the reviewed leg leans against the candidate, never for it.
import { type Example, kFoldSplits, scorePredictions, type Trainer } from "../classify/evaluate";
import { FRAMINGS, type FramingLabel } from "../classify/labels";

export interface ModelScore {
  /** mean F1 over the framings present in the passages judged */
  macroF1: number;
  accuracy: number;
  examples: number;
}

export interface SideBySide { examples: number; candidate: ModelScore; active: ModelScore }

export interface Comparison {
  folds: number;
  activeVersion: number;
  /** reviewed passages the active version had not seen; null when there are none */
  reviewed: SideBySide | null;
  /** reviewed passages left out because the active version learnt them */
  reviewedSeenByActive: number;
  /** the training data under the same held-out folds */
  training: SideBySide;
}

export interface ReviewedExample { id: number; example: Example; seenByActive: boolean }
type Predictor = { predict(text: string): { label: FramingLabel } };
type Pair = { actual: FramingLabel; predicted: FramingLabel };

export interface CompareInput {
  training: Example[];
  reviewed: ReviewedExample[];
  active: { version: number; model: Predictor };
  candidateTrainer: Trainer;
  /** the active version's recipe (its algorithm), fitted on the training folds and its own reviewed passages */
  activeTrainer: Trainer;
  folds: number;
  seed?: number;
  onProgress?: (message: string) => void;
}

export function compareWithActive(input: CompareInput): Comparison {
  const { training, reviewed, folds } = input;
  const all = [...training, ...reviewed.map((r) => r.example)];
  const reviewedAt = (i: number) => (i >= training.length ? reviewed[i - training.length] : null);
  const pairs = { reviewed: { candidate: [] as Pair[], active: [] as Pair[] }, training: { candidate: [] as Pair[], active: [] as Pair[] } };
  kFoldSplits(all.length, folds, input.seed).forEach((testSet, fold) => {
    input.onProgress?.(`comparing with version ${input.active.version}: fold ${fold + 1} of ${folds}`);
    const held = new Set(testSet);
    const candidateTrain = all.filter((_, i) => !held.has(i));
    const activeTrain = all.filter((_, i) => !held.has(i) && (reviewedAt(i)?.seenByActive ?? true));
    const candidate = input.candidateTrainer(candidateTrain);
    // with no new reviews outside this fold both recipes see the same examples: one fit serves both
    const activeRecipe = input.candidateTrainer === input.activeTrainer && activeTrain.length === candidateTrain.length ? candidate : input.activeTrainer(activeTrain);
    for (const i of testSet) {
      const { text, label: actual } = all[i];
      const r = reviewedAt(i);
      if (!r) {
        pairs.training.candidate.push({ actual, predicted: candidate.predict(text).label });
        pairs.training.active.push({ actual, predicted: activeRecipe.predict(text).label });
      } else if (!r.seenByActive) {
        pairs.reviewed.candidate.push({ actual, predicted: candidate.predict(text).label });
        pairs.reviewed.active.push({ actual, predicted: input.active.model.predict(text).label });
      }
    }
  });
  const side = (p: { candidate: Pair[]; active: Pair[] }): SideBySide => ({ examples: p.candidate.length, candidate: scoreOf(p.candidate), active: scoreOf(p.active) });
  return {
    folds,
    activeVersion: input.active.version,
    reviewed: pairs.reviewed.candidate.length ? side(pairs.reviewed) : null,
    reviewedSeenByActive: reviewed.filter((r) => r.seenByActive).length,
    training: side(pairs.training),
  };
}

/** Macro-F1 over the framings the passages hold: a handful of reviewed passages may lack one, and its zero F1 would only dilute both sides. */
export function scoreOf(pairs: Pair[]): ModelScore {
  const m = scorePredictions(pairs);
  const present = FRAMINGS.filter((l) => m.perClass[l].support > 0);
  const macroF1 = present.length ? present.reduce((s, l) => s + m.perClass[l].f1, 0) / present.length : 0;
  return { macroF1, accuracy: m.accuracy, examples: pairs.length };
}
