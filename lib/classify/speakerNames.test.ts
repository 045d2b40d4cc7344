import assert from "node:assert/strict";
import { test } from "node:test";
import { normaliseSpeakerName, sameSpeakerName } from "./speakerNames";

test("names are compared without case, articles, courtesy titles, quantifiers, clauses or dates", () => {
  assert.equal(normaliseSpeakerName("The Ministry"), "ministry");
  assert.equal(normaliseSpeakerName("Ms. Chen"), "chen");
  assert.equal(normaliseSpeakerName("Most of the 43 countries"), "43 countries");
  assert.equal(normaliseSpeakerName("Researchers who track official records"), "researchers");
  assert.equal(normaliseSpeakerName("Wang Dequan, director of the bureau"), "wang dequan");
  assert.equal(normaliseSpeakerName("a report released on Wednesday by the group"), "report released by the group");
});

test("the same speaker written two ways matches; different speakers do not", () => {
  assert.ok(sameSpeakerName("spokesperson", "a foreign ministry spokesperson"));
  assert.ok(sameSpeakerName("Zakir", "Shohrat Zakir"));
  assert.ok(sameSpeakerName("Wang", "Wang Dequan"));
  assert.ok(sameSpeakerName("Academics at three universities", "academics"));
  assert.ok(sameSpeakerName(null, null));
  assert.ok(!sameSpeakerName("wang", "the wang family office"));
  assert.ok(!sameSpeakerName("Chinese officials for a second day on Monday about", "Chinese officials"));
  assert.ok(!sameSpeakerName("officials", "Uyghur families"));
  assert.ok(!sameSpeakerName(null, "Daulet"));
});
