import assert from "node:assert/strict";
import { test } from "node:test";
import { FRAMINGS } from "../classify/labels";
import { SPEAKER_ROLES } from "../classify/speakerRoles";
import { disagreeingPairs, speakerDisagreement } from "./disagreement";

test("a state official's or state media's words labelled testimony disagree", () => {
  assert.match(speakerDisagreement("state_official", "testimony")!, /testimony/);
  assert.match(speakerDisagreement("state_media", "testimony")!, /state media/);
});

test("a witness labelled official, and a critic labelled official, disagree", () => {
  assert.match(speakerDisagreement("witness", "official")!, /witness/);
  for (const role of ["ngo", "un", "foreign_government"] as const) assert.match(speakerDisagreement(role, "official")!, /official framing/);
});

test("a ministry quoted in a critical passage, a witness's testimony, or no speaker at all: no disagreement", () => {
  assert.equal(speakerDisagreement("state_official", "critical"), null);
  assert.equal(speakerDisagreement("state_official", "official"), null);
  assert.equal(speakerDisagreement("witness", "testimony"), null);
  assert.equal(speakerDisagreement("journalist", "testimony"), null);
  for (const f of FRAMINGS) assert.equal(speakerDisagreement(null, f), null);
});

test("the database's list of pairs says exactly what the function says", () => {
  const pairs = new Set(disagreeingPairs().map((p) => `${p.role}/${p.framing}`));
  for (const role of SPEAKER_ROLES) {
    for (const framing of FRAMINGS) assert.equal(pairs.has(`${role}/${framing}`), speakerDisagreement(role, framing) !== null, `${role}/${framing}`);
  }
});
