import assert from "node:assert/strict";
import { test } from "node:test";
import { framingCues, stemBigrams, voiceCamps } from "./framingCues";

const cues = (text: string) => new Set(framingCues(text));

test("a quoted term denied is told apart from a quoted term asserted", () => {
  for (const denied of [
    "The so-called “re-education camps” are a lie invented by people who have never been there.",
    "There is no such thing as 'forced labour' in the cotton fields.",
    "The claims of “genocide” are pure fabrication.",
    "Fabricated ‘torture’ stories keep appearing in foreign newspapers.",
  ]) assert.ok(cues(denied).has("__quoted_term_denied"), denied);
  for (const asserted of [
    "Researchers called the facilities “re-education camps” and documented more than 300 of them.",
    "Workers described conditions the auditors called ‘forced labour’ in their report.",
    "Reports of what happens inside the so-called “re-education camps” keep mounting.",
  ]) {
    assert.ok(cues(asserted).has("__scare_quote"), asserted);
    assert.ok(!cues(asserted).has("__quoted_term_denied"), asserted);
  }
  assert.ok(cues("This is the lie of the century, spread by anti-China forces.").has("__denial_formula"));
});

test("a long quoted sentence is a quotation, not a scare-quoted term", () => {
  assert.ok(!cues("“We were woken at five every morning and made to sing before breakfast,” she said.").has("__scare_quote"));
});

test("naming the official term to expose it", () => {
  for (const exposing of [
    "What the authorities call “vocational training” is detention without trial.",
    "The camps, which officials describe as boarding schools, are surrounded by fences.",
    "Officially known as labour transfer, the scheme moves workers under police escort.",
    "Under the guise of counter-terrorism, prayer has been criminalised.",
  ]) assert.ok(cues(exposing).has("__euphemism_exposed"), exposing);
  assert.ok(!cues("The vocational training centres teach law, Mandarin and job skills.").has("__euphemism_exposed"));
});

test("the state's own achievement and leadership formulas, counted up to two", () => {
  const c = cues("Under the strong leadership of the Party Central Committee, per capita income rose by 9.3 per cent and people of all ethnic groups live in harmony.");
  assert.ok(c.has("__state_formula") && c.has("__state_formula_2"));
  assert.ok(!cues("Satellite images show the compound doubled in size.").has("__state_formula"));
});

test("a first-hand account told in the third person", () => {
  for (const account of [
    "A former detainee, now living in Almaty, said guards made him stand for hours.",
    "Her husband was taken in 2017, and she last heard from him in a call from a police station.",
    "He spent eleven months in the facility, he recalled.",
  ]) assert.ok(cues(account).has("__third_person_account"), account);
});

test("governments praising a policy, and rejecting its 'politicisation'", () => {
  assert.ok(cues("The ambassadors commended the remarkable achievements and opposed the politicisation of human rights.").has("__praise_2"));
  assert.ok(!cues("The foreign ministers condemned the detentions and imposed sanctions.").has("__praise"));
});

test("whose voices a passage carries, as one feature", () => {
  assert.deepEqual(voiceCamps(["state_official", "state_media"]), ["__voices_state"]);
  assert.deepEqual(voiceCamps(["ngo", "state_official"]), ["__voices_critic_state"]);
  assert.deepEqual(voiceCamps(["unknown", "pronoun"]), []);
});

test("adjacent stems pair up in order", () => {
  assert.deepEqual(stemBigrams(["so-cal", "camp", "are"]), ["so-cal camp", "camp are"]);
  assert.deepEqual(stemBigrams(["one"]), []);
});

test("the cue patterns stay linear on long hostile input", () => {
  const hostile = [
    "“".repeat(20_000), "\"a\" ".repeat(10_000), "so-called ".repeat(10_000), "what the authorities call ".repeat(5_000),
    "he was ".repeat(10_000), "under the ".repeat(10_000), `${"x".repeat(50_000)}"`,
  ];
  for (const text of hostile) {
    const small = time(() => framingCues(text.slice(0, text.length / 8)));
    const large = time(() => framingCues(text));
    // eight times the input may take about eight times as long; backtracking would take 64 times or more
    assert.ok(large < Math.max(50, small * 30), `${text.slice(0, 20)}…: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`);
  }
});

function time(f: () => void): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

test("an apostrophe inside a word opens no quotation", () => {
  assert.ok(!cues("China's foreign ministry and the region's officials didn't comment.").has("__scare_quote"));
});
