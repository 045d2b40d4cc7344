// The planner's decisions: which store answers which selection.
import assert from "node:assert/strict";
import { test } from "node:test";
import { chooseStore, type StoreFacts, statsCanAnswer } from "./storeChoice";

const facts = (over: Partial<StoreFacts>): StoreFacts => ({ wholeCells: true, cubeLoaded: true, cube: true, stats: true, ...over });

test("the statistics answer whole months of framings and outlets, in the labels in force", () => {
  for (const filters of [{}, { framing: ["official" as const] }, { outlet: ["A", "B"] }, { from: "2019-01", to: "2020-12" }, { labels: "both" as const }]) {
    assert.equal(statsCanAnswer(filters), true, JSON.stringify(filters));
  }
});

test("a search, a term, day-precision dates, another label view, the uncertain flag or a filter the statistics have no dimension for (language) need the passages", () => {
  for (const filters of [{ q: "camp" }, { term: "camp" }, { from: "2019-01-05" }, { to: "2019-01-31" }, { labels: "model" as const }, { labels: "human" as const }, { uncertain: "1" as const }, { lang: ["zh"] }]) {
    assert.equal(statsCanAnswer(filters), false, JSON.stringify(filters));
  }
});

test("the cube answers when it is loaded and holds what is asked; else the tables; else the passages", () => {
  assert.equal(chooseStore(facts({})), "cube");
  assert.equal(chooseStore(facts({ cubeLoaded: false })), "stats", "no cube loaded (starting, after a write, STATS_CUBE=off)");
  assert.equal(chooseStore(facts({ cube: false })), "stats", "a read with no cube implementation, or a phrase the cube has not counted");
  assert.equal(chooseStore(facts({ cube: false, stats: false })), "passages", "a read with neither, or a phrase not yet in the statistics");
  assert.equal(chooseStore(facts({ cubeLoaded: false, stats: false })), "passages");
});

test("a selection that is not whole cells is always counted from its passages, whatever is loaded", () => {
  assert.equal(chooseStore(facts({ wholeCells: false })), "passages");
  assert.equal(chooseStore(facts({ wholeCells: false, cube: true, stats: true })), "passages");
});

test("hiding off-topic articles is no statistics dimension: such a selection is counted from its passages", () => {
  assert.equal(statsCanAnswer({ offtopic: "hide" }), false);
  assert.equal(statsCanAnswer({ collection: "xinjiang", framing: ["official"], offtopic: "hide" }), false);
  assert.equal(statsCanAnswer({ offtopic: undefined }), true, "the filter left out");
});
