import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluateSpeakers } from "./evaluateSpeakers";
import { speakerEvaluationReport } from "./speakerEvaluation";
import type { SpeakerCase } from "./speakerTestSet";

const row = (article: string, text: string, speaker: SpeakerCase["speaker"]): SpeakerCase => ({ article, text, speaker });

test("precision counts a speaker named for a narration passage as an error; recall counts misses", () => {
  const cases = [
    row("a", "first passage, a ministry", { name: "the ministry", role: "state_official" }),
    row("a", "second passage, narration", null),
    row("a", "third passage, a witness", { name: "Ayşe", role: "witness" }),
    row("b", "fourth passage, a group", { name: "researchers", role: "ngo" }),
  ];
  const predicted = new Map<string, { name: string | null; role: "state_official" | "ngo" | "witness" | null } | null>([
    ["first passage, a ministry", { name: "The Ministry", role: "state_official" }], // right: case and article ignored
    ["second passage, narration", { name: "Satellite images", role: null }], // wrong: narration has no speaker
    ["third passage, a witness", { name: "Ayşe", role: "ngo" }], // wrong role
    ["fourth passage, a group", null], // missed
  ]);
  const scores = evaluateSpeakers(cases, (texts) => texts.map((t) => predicted.get(t) ?? null));
  assert.equal(scores.predicted, 3);
  assert.equal(scores.expected, 3);
  assert.equal(scores.correct, 1);
  assert.equal(scores.precision, 1 / 3);
  assert.equal(scores.recall, 1 / 3);
  assert.equal(scores.errors.length, 3);
});

test("articles are read whole and in order: the scorer hands each article's passages together", () => {
  const seen: string[][] = [];
  evaluateSpeakers([row("a", "one passage here", null), row("a", "two passage here", null), row("b", "three passage here", null)], (texts) => {
    seen.push(texts);
    return texts.map(() => null);
  });
  assert.deepEqual(seen, [["one passage here", "two passage here"], ["three passage here"]]);
});

test("the speaker rules reach precision 0.90 at recall 0.85 on the whole test set", () => {
  const report = speakerEvaluationReport();
  assert.ok(report.passages >= 200, `${report.passages} passages`);
  assert.ok(report.precision >= 0.9, `precision ${report.precision.toFixed(3)}`);
  assert.ok(report.recall >= 0.85, `recall ${report.recall.toFixed(3)}`);
  assert.equal(report.passages, report.development.passages + report.heldOut.passages);
});
