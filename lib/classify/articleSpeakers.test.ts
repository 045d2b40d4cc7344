// The failure classes seen on the demo's first screen, each in sentences written for this test.
import assert from "node:assert/strict";
import { test } from "node:test";
import { articleSpeakers } from "./articleSpeakers";
import { findSpeaker } from "./speaker";

test("a group noun with a relative clause is named as the group", () => {
  assert.deepEqual(findSpeaker("Analysts who follow court filings in the region say sentences have grown longer."), { name: "Analysts", role: "ngo" });
  assert.deepEqual(findSpeaker("Most of the 30 governments that backed the motion said they would vote again."), { name: "30 governments", role: "foreign_government" });
  assert.deepEqual(findSpeaker("Lawyers who have represented detainees’ families said hearings lasted minutes."), { name: "Lawyers", role: "ngo" });
});

test("capitalised sentence-initial words are not names, and are not carried to the next quotes", () => {
  for (const word of ["Most", "Many", "Several", "Others", "Some", "Those"]) {
    assert.equal(findSpeaker(`${word} said the rules had changed.`), null, word);
  }
  assert.equal(findSpeaker("Nobody said anything when the bus left."), null);
  const speakers = articleSpeakers([
    "The newspaper interviewed eight families in Osh whose relatives are held across the border.",
    "Most said they had had no news for more than a year.",
    "Nurlan, 61, a retired driver, said his son vanished in 2018. “I ask at the consulate every week,” he said.",
  ]);
  assert.deepEqual(speakers, [null, { name: "eight families", role: "witness" }, { name: "Nurlan", role: "witness" }]);
});

test("a person's account is theirs, not the group quoted before them", () => {
  const speakers = articleSpeakers([
    "The statement, read on behalf of more than 40 countries, said the measures were lawful.",
    "A Kazakh man who travelled to the session said his wife had been held since 2019. He said he learned of it from a neighbour.",
    "“Nobody answers my letters,” he said.",
  ]);
  assert.deepEqual(speakers.map((s) => s?.role), ["foreign_government", "witness", "witness"]);
  assert.equal(speakers[1]?.name, "A Kazakh man");
  // an age and an origin between the witness and the verb do not hide them, so their quote is not the official's
  const afterOfficial = articleSpeakers([
    "“The trainees are free to go home,” said Liu Fang, a spokeswoman for the county.",
    "A man who gave his name as Erkin, 40, from Aksu, told reporters he had been held for a year. “I was never charged,” he said.",
  ]);
  assert.deepEqual(afterOfficial[1], { name: "A man", role: "witness" });
  // "she" cannot be a group of countries
  assert.deepEqual(articleSpeakers(["More than 40 countries said the measures were lawful.", "“Nobody answers my letters,” she said."]).at(1), null);
});

test("'he said' does not jump back over the person the story is about to the official who gave him an order", () => {
  const speakers = articleSpeakers([
    "Erzat was a baker in Turpan. One morning the village head told him to bring his passport to the police station.",
    "He did not come home for a year. “I thought it was a formality,” he said.",
  ]);
  assert.deepEqual(speakers, [{ name: "the village head", role: "state_official" }, { name: "Erzat", role: "witness" }]);
});

test("continuation: 'he added' and a quotation-only paragraph keep the speaker; a new quote by someone else does not", () => {
  const speakers = articleSpeakers([
    "“We do not hold anyone against their will,” said Zhou Ping, a county spokesman.",
    "“The centres are schools.”",
    "He added that the county had opened two new factories.",
    "“My cousin was in that school for two years,” said a woman from the county who now lives in Almaty.",
  ]);
  assert.deepEqual(speakers, [
    { name: "Zhou Ping", role: "state_official" }, { name: "Zhou Ping", role: "state_official" },
    { name: "Zhou Ping", role: "state_official" }, { name: "a woman from the county", role: "witness" },
  ]);
});

test("'X of Organisation' after an inverted verb names the person, with the organisation's role", () => {
  assert.deepEqual(findSpeaker("“The data are unambiguous,” said Marta Lindahl of the Institute for Border Studies."), { name: "Marta Lindahl", role: "ngo" });
  assert.deepEqual(findSpeaker("“We asked for access,” said Tomas Reyes of the Lithuanian foreign ministry."), { name: "Tomas Reyes", role: "foreign_government" });
});

test("the outlet or audience told is not the speaker; anonymous speakers keep their kind", () => {
  assert.deepEqual(findSpeaker("A farmer in the county told Radio Free Asia that his land had been taken."), { name: "A farmer in the county", role: "witness" });
  assert.deepEqual(findSpeaker("The consul told reporters the visit had been cancelled."), { name: "The consul", role: "state_official" });
  assert.deepEqual(findSpeaker("A Western diplomat said the talks had gone nowhere."), { name: "A Western diplomat", role: "foreign_government" });
  assert.deepEqual(findSpeaker("A spokesperson for the company said its suppliers had been audited."), { name: "A spokesperson for the company", role: null });
});

test("titles and appositions: the person's name, with the title's role", () => {
  assert.deepEqual(findSpeaker("Alim Yusup, director of the prefecture’s education bureau, said the schools were full."), { name: "Alim Yusup", role: "state_official" });
  assert.deepEqual(findSpeaker("The group’s founder, Sara Holm, said the list was checked twice."), { name: "Sara Holm", role: "ngo" });
  assert.deepEqual(findSpeaker("Patigul, 48, a seamstress from Aksu, said her husband never came back."), { name: "Patigul", role: "witness" });
});
