import assert from "node:assert/strict";
import { test } from "node:test";
import {
  calibrate, centroidSimilarity, DEFAULT_RULE, leaveOneOutScores, percentile, type SimilarityMethod, similarityTo,
} from "./offTopic";
import { applyToProfile, articleTerms, type CollectionProfile, profileOf } from "./offTopicProfile";
import { readPageFolder, readTextFolder } from "./offTopicSamples";
import { stem } from "./tokenize";
import { CORPORA_DIR, CORPORA_SKIP } from "../../tests/support/shared";
import { judgeOffTopic, offTopicVerdict } from "./offTopicVerdict";

const demo = readTextFolder("data/demo");
const sarn = readTextFolder("data/demo-collections/sarn-dam");
const fixtures = readTextFolder("tests/fixtures/off-topic");

function assertSameProfile(actual: CollectionProfile, expected: CollectionProfile) {
  assert.equal(actual.articles, expected.articles);
  assert.deepEqual(actual.documentFrequency, expected.documentFrequency);
  assert.deepEqual([...actual.unitWeightSum.keys()].sort(), [...expected.unitWeightSum.keys()].sort());
  for (const [stem, weight] of expected.unitWeightSum) assert.ok(Math.abs(actual.unitWeightSum.get(stem)! - weight) < 1e-9, stem);
}

test("the profile kept article by article equals the profile of the articles that remain", () => {
  const [a, b, c] = demo.slice(0, 3).map((s) => s.terms);
  const kept = profileOf([a, b, c]);
  applyToProfile(kept, b, -1);
  assertSameProfile(kept, profileOf([a, c]));
});

test("an article's words are summed over its passages, by stem, without phrases", () => {
  const terms = articleTerms(["The dam flooded the valley.", "Dams flood valleys; the valley's farms went under."]);
  assert.equal(terms.get(stem("dams")), 2);
  assert.equal(terms.get(stem("valley")), 3);
  assert.ok(![...terms.keys()].some((k) => k.includes(" ")));
});

for (const method of [{ kind: "centroid" }, { kind: "nearest", k: 3 }] as SimilarityMethod[]) {
  test(`leave-one-out scores equal scoring each article against the others from scratch (${method.kind})`, () => {
    const collection = sarn.map((s) => s.terms);
    const loo = leaveOneOutScores(collection, method);
    collection.forEach((terms, i) => {
      const others = collection.filter((_, j) => j !== i);
      assert.ok(Math.abs(loo[i] - similarityTo(terms, others, method)) < 1e-9, sarn[i].name);
    });
  });
}

for (const [name, collection] of [["xinjiang", demo], ["sarn-dam", sarn]] as const) {
  test(`against ${name}, the off-topic fixtures are flagged and none of its own articles (left out in turn)`, () => {
    const terms = collection.map((s) => s.terms);
    const calibration = calibrate(leaveOneOutScores(terms));
    assert.equal(calibration.basis, "collection");
    const profile = profileOf(terms);
    for (const fixture of fixtures) {
      const verdict = offTopicVerdict(fixture.terms, profile, calibration, name);
      assert.ok(verdict.offTopic, `${fixture.name}: ${verdict.message}`);
    }
    const own = leaveOneOutScores(terms).map((score) => judgeOffTopic(score, calibration, name));
    own.forEach((verdict, i) => assert.ok(!verdict.offTopic, `${collection[i].name}: ${verdict.message}`));
  });
}

test("every real page of the shared corpora (none about Xinjiang) is flagged against data/demo", { skip: CORPORA_SKIP }, () => {
  const terms = demo.map((s) => s.terms);
  const calibration = calibrate(leaveOneOutScores(terms));
  const profile = profileOf(terms);
  const pages = readPageFolder(CORPORA_DIR);
  assert.equal(pages.length, 15);
  for (const page of pages) assert.ok(offTopicVerdict(page.terms, profile, calibration, "xinjiang").offTopic, page.name);
});

test("an article scores higher against its own subject's collection than against the other", () => {
  const demoTerms = demo.map((s) => s.terms);
  const sarnTerms = sarn.map((s) => s.terms);
  const looSarn = leaveOneOutScores(sarnTerms);
  const demoProfile = profileOf(demoTerms);
  sarn.forEach((s, i) => assert.ok(looSarn[i] > centroidSimilarity(s.terms, demoProfile), s.name));
});

test("calibration: a share of the 5th percentile, or the floor below the fewest articles it calibrates on", () => {
  assert.equal(percentile([1, 2, 3, 4, 5], 0.5), 3);
  assert.ok(Math.abs(percentile([0, 10], 0.05) - 0.5) < 1e-12);
  const scores = Array.from({ length: 21 }, (_, i) => 0.2 + i * 0.01);
  const calibrated = calibrate(scores);
  assert.deepEqual(calibrated.range, [0.2, 0.4]);
  assert.ok(Math.abs(calibrated.threshold - DEFAULT_RULE.share * 0.21) < 1e-12);
  const small = calibrate(scores.slice(0, DEFAULT_RULE.minArticles - 1));
  assert.equal(small.basis, "floor");
  assert.equal(small.threshold, DEFAULT_RULE.floor);
});

test("the verdict's message is worded for the person who added the article", () => {
  const calibration = { articles: 22, range: [0.21, 0.63] as [number, number], threshold: 0.17, basis: "collection" as const };
  const off = judgeOffTopic(0.04, calibration, "xinjiang");
  assert.equal(off.offTopic, true);
  assert.equal(off.message, "looks off-topic for 'xinjiang': 0.04 similarity; the collection's articles are 0.21–0.63");
  const on = judgeOffTopic(0.3, calibration, "xinjiang");
  assert.equal(on.offTopic, false);
  assert.equal(on.message, "on topic for 'xinjiang': 0.30 similarity; the collection's articles are 0.21–0.63");
  const empty = judgeOffTopic(0, { articles: 0, range: [0, 0], threshold: 0.12, basis: "floor" }, "new");
  assert.equal(empty.offTopic, false);
  assert.match(empty.message, /no other articles/);
  assert.match(judgeOffTopic(0.05, { articles: 3, range: [0.1, 0.2], threshold: 0.12, basis: "floor" }, "small").message, /too few articles to calibrate on \(3\), so the threshold is 0\.12/);
});
