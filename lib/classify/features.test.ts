import assert from "node:assert/strict";
import { test } from "node:test";
import { voiceFeatures } from "./features";

const markers = (text: string) => new Set(voiceFeatures(text).filter((f) => f.startsWith("__")));

test("first person is told apart inside and outside quotation marks", () => {
  const narrated = markers("I was taken at night and my brother was taken a week later.");
  assert.ok(narrated.has("__first_singular_unquoted"));
  assert.ok(!narrated.has("__first_singular_quoted"));
  const quoted = markers("“We firmly oppose any interference in our internal affairs,” the spokesperson said.");
  assert.ok(quoted.has("__first_plural_quoted"));
  assert.ok(!quoted.has("__first_plural_unquoted"));
});

test("quotation share: none, some, most", () => {
  assert.ok(markers("The ministry said the centres were schools.").has("__quote_none"));
  assert.ok(markers("The ministry called the reports “lies” on Tuesday, adding that the centres were schools for trainees.").has("__quote_some"));
  assert.ok(markers("“The centres are schools and the trainees are happy to study there,” he said.").has("__quote_most"));
});

test("reporting verbs carry the role of who they attach to", () => {
  const paraphrase = markers("Researchers documented beatings in three facilities, but the ministry said the reports were fabricated.");
  assert.ok(paraphrase.has("__said_by_ngo"));
  assert.ok(paraphrase.has("__said_by_state_official"));
  assert.ok(paraphrase.has("__lead_ngo"));
  assert.ok(markers("She said guards beat her, recalled Aynur Tohti, a former detainee.").has("__said_by_witness"));
  assert.ok(markers("The region is stable, according to Xinhua.").has("__according_to_state_media"));
  assert.ok(markers("Satellite images show the compound doubled in size.").has("__attribution_none"));
});

test("hedges and evaluative words are marked by what they do", () => {
  assert.ok(markers("As many as a million people are believed to be held, and the detentions may amount to crimes against humanity.").has("__hedge_2"));
  assert.ok(markers("The UN committee condemned the detentions and urged an independent investigation.").has("__condemning_2"));
  assert.ok(markers("The spokesperson denied the reports, calling them baseless smears that interfere in internal affairs.").has("__defending_2"));
  assert.ok(markers("The so-called schools are part of a propaganda effort.").has("__dismissive_2"));
});

test("the words themselves are still there, through the shared tokenizer and stemmer", () => {
  const features = voiceFeatures("Officials denied the camps existed.");
  for (const stem of ["offici", "deni", "camp", "exist"]) assert.ok(features.includes(stem), stem);
});

test("a role remembered from earlier in the article reaches the features", () => {
  const registry = new Map([["Zakir", { name: "Shohrat Zakir", role: "state_official" as const }]]);
  assert.ok(new Set(voiceFeatures("Zakir told journalists the trainees were happy.", { registry })).has("__said_by_state_official"));
  assert.ok(new Set(voiceFeatures("He added that the region was open.", { previousRole: "state_official" })).has("__said_by_state_official"));
});
