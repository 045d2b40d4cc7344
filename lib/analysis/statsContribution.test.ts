import assert from "node:assert/strict";
import { test } from "node:test";
import { statsContribution } from "./statsContribution";
import { countTerms } from "./terms";

test("a passage counts once per stem however many surface forms it uses; phrases stay out", () => {
  const c = statsContribution([
    { framing: "critical", terms: countTerms("The camps grew. A camp, then more camps.") },
    { framing: "critical", terms: countTerms("Detention camps were documented.") },
    { framing: "testimony", terms: countTerms("I was held in a camp.") },
  ]);
  const camp = c.terms.find((t) => t.framing === "critical" && t.stem === "camp");
  assert.deepEqual(camp, { framing: "critical", stem: "camp", n: 1, count: 4, passages: 2, articles: 1, articlesOnly: 0, articlesWithoutPrevious: 1 });
  assert.deepEqual(c.terms.find((t) => t.framing === "testimony" && t.stem === "camp"), { framing: "testimony", stem: "camp", n: 1, count: 1, passages: 1, articles: 1, articlesOnly: 0, articlesWithoutPrevious: 0 });
  // "detent" only in critical passages
  assert.deepEqual(c.terms.find((t) => t.stem === "detent"), { framing: "critical", stem: "detent", n: 1, count: 1, passages: 1, articles: 1, articlesOnly: 1, articlesWithoutPrevious: 1 });
  assert.ok(c.terms.every((t) => !t.stem.includes(" ")), "phrases are not part of the word statistics");
  assert.deepEqual(c.phrases.find((t) => t.framing === "critical" && t.n === 2 && t.count === 1 && t.passages === 1)?.articles, 1);
  assert.ok(c.phrases.every((t) => t.n > 1));
  assert.deepEqual(c.surfaces.filter((s) => s.stem === "camp").map((s) => [s.surface, s.count]).sort(), [["camp", 2], ["camps", 3]]);
});

test("passages and tokens per framing add up to the single-word counts", () => {
  const passages = [
    { framing: "official" as const, terms: countTerms("Vocational training centres provide education and training.") },
    { framing: "official" as const, terms: countTerms("The centres follow the law.") },
  ];
  const c = statsContribution(passages);
  const tokens = passages.flatMap((p) => p.terms).filter((t) => t.n === 1).reduce((s, t) => s + t.count, 0);
  assert.deepEqual(c.passages, [{ framing: "official", passages: 2, tokens }]);
  assert.equal(c.terms.reduce((s, t) => s + t.count, 0), tokens);
});
