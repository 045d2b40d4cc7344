import assert from "node:assert/strict";
import { test } from "node:test";
import { centroidSimilarity, leaveOneOutScores } from "./offTopic";
import { articleUnitWeights, profileOf } from "./offTopicProfile";
import { readTextFolder } from "./offTopicSamples";
import { centroidNorm, centroidParts, leaveOneOutFromProfile, similarityFromRows } from "./offTopicScoring";

const demo = readTextFolder("data/demo").map((s) => s.terms);
const fixtures = readTextFolder("tests/fixtures/off-topic").map((s) => s.terms);

test("the score from the article's own rows and the centroid's norm equals centroidSimilarity over the whole profile", () => {
  const profile = profileOf(demo);
  const norm = centroidNorm(centroidParts(profile), profile.articles);
  for (const terms of [...fixtures, demo[0]]) {
    const rows = {
      articles: profile.articles,
      documentFrequency: new Map([...terms.keys()].filter((k) => profile.documentFrequency.has(k)).map((k) => [k, profile.documentFrequency.get(k)!])),
      unitWeightSum: new Map([...terms.keys()].filter((k) => profile.unitWeightSum.has(k)).map((k) => [k, profile.unitWeightSum.get(k)!])),
    };
    const expected = centroidSimilarity(terms, profile);
    assert.ok(expected > 0);
    assert.ok(Math.abs(similarityFromRows(terms, rows, norm) - expected) < 1e-12, `${similarityFromRows(terms, rows, norm)} vs ${expected}`);
  }
});

test("leave-one-out from the profile equals taking each article out and scoring it", () => {
  const profile = profileOf(demo);
  const fast = leaveOneOutFromProfile(profile, demo.map((terms) => ({ terms, unitWeights: articleUnitWeights(terms) })));
  const slow = leaveOneOutScores(demo);
  assert.equal(fast.length, slow.length);
  fast.forEach((score, i) => assert.ok(Math.abs(score - slow[i]) < 1e-12, `${i}: ${score} vs ${slow[i]}`));
});

test("an empty profile or a single article scores 0", () => {
  const one = profileOf([demo[0]]);
  assert.deepEqual(leaveOneOutFromProfile(one, [{ terms: demo[0], unitWeights: articleUnitWeights(demo[0]) }]), [0]);
  assert.equal(similarityFromRows(demo[1], { articles: 0, documentFrequency: new Map(), unitWeightSum: new Map() }, 0), 0);
});
