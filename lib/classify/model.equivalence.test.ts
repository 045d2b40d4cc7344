// The optimised feature extraction and naive Bayes scoring against the pre-optimisation code in
// tests/oracle: same features, same label, same scores, with and without article context.
import assert from "node:assert/strict";
import { test } from "node:test";
import { EDGE_CASES, syntheticArticles, trainingTexts } from "../../tests/oracle/equivalenceTexts";
import { referenceVoiceFeatures } from "../../tests/oracle/features";
import { referenceLabelArticle } from "../../tests/oracle/labelArticle";
import { referencePredictor } from "../../tests/oracle/predict";
import { voiceFeatures } from "./features";
import { labelArticle } from "./labelArticle";
import type { Prediction } from "./model";
import { trainModel } from "./model";
import { loadTrainingData } from "./trainingData";
import { FRAMINGS } from "./labels";

const examples = loadTrainingData("data/training");
const articles = syntheticArticles(3000);
const texts = [...EDGE_CASES, ...trainingTexts(), ...articles.flat()];
/** The edge cases and a spread fifth of the rest, for the variants that repeat a check already made on every text. */
const everyFifth = texts.filter((_, i) => i < EDGE_CASES.length || i % 5 === 0);

function assertSamePrediction(actual: Prediction, expected: Prediction, what: string): void {
  assert.equal(actual.label, expected.label, what);
  assert.ok(Math.abs(actual.confidence - expected.confidence) < 1e-9, what);
  for (const l of FRAMINGS) assert.ok(Math.abs(actual.scores[l] - expected.scores[l]) < 1e-9, `${what}: ${l} ${actual.scores[l]} vs ${expected.scores[l]}`);
}

test("voiceFeatures gives the reference's features, in order", () => {
  for (const text of texts) assert.deepEqual(voiceFeatures(text), referenceVoiceFeatures(text), text);
});

test("naive Bayes predictions match the reference computation on every training and synthetic passage", () => {
  for (const features of ["voice", "words"] as const) {
    const model = trainModel(examples, "bayes", { features });
    for (const [m, checked] of [[model, texts], [model.withTemperature(1.7), everyFifth]] as const) {
      const reference = referencePredictor(m.serialize());
      // twice: the second pass reads whatever the first cached (a fifth of the texts is enough to see it)
      for (const [pass, passTexts] of [checked, everyFifth].entries()) {
        for (const text of passTexts) assertSamePrediction(m.predict(text), reference(text), `${features} T=${m.temperature} pass ${pass + 1}: ${text}`);
      }
    }
  }
});

test("labelArticle matches the reference, speakers and context-dependent predictions included", () => {
  const model = trainModel(examples, "bayes");
  const reference = referencePredictor(model.serialize());
  // training passages grouped by subject read as long articles, so registries fill and "he said" carries over
  const subjects = [...new Set(examples.map((e) => e.subject))];
  const bySubject = subjects.map((subject) => examples.filter((e) => e.subject === subject).map((e) => e.text));
  for (const article of [EDGE_CASES, ...bySubject, ...articles]) {
    const actual = labelArticle(article, model);
    const expected = referenceLabelArticle(article, reference);
    actual.forEach((a, i) => {
      assert.deepEqual(a.speaker, expected[i].speaker, article[i]);
      assertSamePrediction(a.prediction, expected[i].prediction, article[i]);
    });
  }
});
