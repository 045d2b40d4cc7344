// The quality targets of issue 29 on the project's reuse test set: if a change to tokenizing, fingerprints,
// candidates or alignment loses them, this fails.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_REUSE_PARAMETERS } from "../reuseParameters";
import { evaluateReuse, REUSE_TARGETS } from "./evaluateReuse";

test("precision ≥ 0.95 at recall ≥ 0.90 for spans of 12 or more words; boilerplate and stock phrases link nothing", () => {
  const { score } = evaluateReuse(DEFAULT_REUSE_PARAMETERS);
  assert.ok(score.expected > 500, `only ${score.expected} expected links: the test set lost its reprints`);
  assert.ok(score.precision >= REUSE_TARGETS.precision, `precision ${score.precision}`);
  assert.ok(score.recall >= REUSE_TARGETS.recall, `recall ${score.recall}`);
  for (const e of score.byEdit) assert.ok(e.found >= 0.9 * e.expected, `${e.edit}: ${e.found}/${e.expected}`);
  assert.ok(score.boilerplatePairs > 1000 && score.stockPhrasePairs > 100, "the set has pairs sharing only furniture");
  assert.equal(score.boilerplateLinked + score.stockPhraseLinked, 0);
  assert.ok(score.spanJaccard > 0.8, `span overlap ${score.spanJaccard}`);
});
