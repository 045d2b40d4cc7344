import assert from "node:assert/strict";
import { test } from "node:test";
import { labelArticle } from "./labelArticle";
import { trainModel } from "./model";
import { loadTrainingData } from "./trainingData";

// A made-up critical article: the reporter and a rights group, an official paraphrase in the middle of it,
// a witness reported in the third person, a first-person official statement, and a later "he said".
const ARTICLE = [
  "Human Rights Watch said in a report on Monday that at least 40 people had been detained without charge in the district since March, and called for an independent investigation.",
  "The interior ministry said the reports were fabricated and that everyone held had been lawfully arrested on suspicion of extremism.",
  "Her son was taken from their kitchen at night, recalled Dilnoza Karimova, a retired teacher, and she said guards beat him so badly he could not stand at his trial.",
  "“We firmly oppose any interference in our internal affairs,” said Rustam Aliev, a spokesman for the regional government.",
  "He added that the district was calm and that schools and markets were open as usual.",
];

const model = trainModel(loadTrainingData("data/training"), "bayes");

test("each voice in a critical article gets its own framing", () => {
  const labelled = labelArticle(ARTICLE, model);
  assert.deepEqual(labelled.map((l) => l.prediction.label), ["critical", "official", "testimony", "official", "official"]);
});

test("speakers are found and carried through the article", () => {
  const speakers = labelArticle(ARTICLE, model).map((l) => l.speaker);
  assert.deepEqual(speakers.map((s) => s?.role ?? null), ["ngo", "state_official", "witness", "state_official", "state_official"]);
  assert.equal(speakers[3]?.name, "Rustam Aliev");
  assert.equal(speakers[4]?.name, "Rustam Aliev");
});
