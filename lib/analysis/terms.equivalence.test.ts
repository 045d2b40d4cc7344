// The optimised tokenizer, stemmer and term counter against the pre-optimisation code in tests/oracle.
import assert from "node:assert/strict";
import { test } from "node:test";
import { EDGE_CASES, syntheticArticles, trainingTexts } from "../../tests/oracle/equivalenceTexts";
import { referenceCountTerms } from "../../tests/oracle/terms";
import { referenceStem, referenceTokenize } from "../../tests/oracle/tokenize";
import { countTerms } from "./terms";
import { stem, tokenize } from "./tokenize";

const texts = [...EDGE_CASES, ...trainingTexts(), ...syntheticArticles(3000).flat()];

test("tokens and stems are the reference's", () => {
  // twice: the second pass reads whatever the first cached
  for (let pass = 0; pass < 2; pass++) {
    for (const text of texts) {
      const tokens = tokenize(text);
      assert.deepEqual(tokens, referenceTokenize(text), text);
      assert.deepEqual(tokens.map(stem), tokens.map(referenceStem), text);
    }
  }
});

test("countTerms rows are the reference's, in the same order", () => {
  for (let pass = 0; pass < 2; pass++) for (const text of texts) assert.deepEqual(countTerms(text), referenceCountTerms(text), text);
});
