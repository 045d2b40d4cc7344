import assert from "node:assert/strict";
import { test } from "node:test";
import { countTerms } from "./terms";
import { tokenize } from "./tokenize";

test("Chinese is split into words, not one token per sentence", () => {
  const tokens = tokenize("新疆再教育营的问题引起了国际社会的关注。");
  assert.ok(tokens.length >= 8, tokens.join("|"));
  assert.ok(tokens.includes("教育") && tokens.includes("国际"), tokens.join("|"));
  assert.ok(tokens.every((t) => t.length <= 4), tokens.join("|"));
});

test("Japanese and mixed Latin/Han text are segmented too; spaced scripts are untouched", () => {
  assert.ok(tokenize("東京都に住んでいます").length >= 3);
  assert.deepEqual(tokenize("DeepMind新电脑"), ["deepmind", "新", "电脑"]);
  assert.deepEqual(tokenize("قال المتحدث باسم الوزارة"), ["قال", "المتحدث", "باسم", "الوزارة"]);
});

test("term counts of a Chinese passage are words, and single-character particles are not terms", () => {
  const terms = countTerms("政府表示，职业技能教育培训中心的学员已经全部结业。政府表示这是反恐措施。");
  const surfaces = terms.filter((t) => t.n === 1).map((t) => t.surface);
  assert.ok(surfaces.includes("政府"), surfaces.join("|"));
  assert.equal(terms.find((t) => t.surface === "政府")?.count, 2);
  assert.ok(!surfaces.includes("的"));
  assert.ok(surfaces.every((s) => s.length < 6), surfaces.join("|"));
  // phrases stop at Chinese punctuation too
  assert.ok(!terms.some((t) => t.surface.includes("结业 政府")), terms.map((t) => t.surface).join("|"));
});
