import assert from "node:assert/strict";
import { test } from "node:test";
import { reviewOrder, reviewParamsSchema, reviewParamsToQuery } from "./reviewQueue";

test("the queue puts the least confident first, ties by passage id", () => {
  const items = [{ id: 5, confidence: 0.9 }, { id: 7, confidence: 0.41 }, { id: 2, confidence: 0.41 }, { id: 1, confidence: 0.58 }];
  assert.deepEqual([...items].sort(reviewOrder).map((i) => i.id), [2, 7, 1, 5]);
});

test("queue parameters: the default queue, the two kinds, and bad values refused by name", () => {
  assert.equal(reviewParamsSchema.parse({}).queue, "uncertain");
  assert.equal(reviewParamsSchema.parse({ queue: "disagree" }).queue, "disagree");
  const bad = reviewParamsSchema.safeParse({ queue: "loud" });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error?.issues[0].path, ["queue"]);
  assert.equal(reviewParamsSchema.safeParse({ framing: "neutral" }).success, false);
  assert.equal(reviewParamsSchema.safeParse({ limit: "0" }).success, false);
});

test("parameters turn back into the same link", () => {
  const params = reviewParamsSchema.parse({ queue: "disagree", framing: ["testimony"], outlet: "Daily X", from: "2019-01" });
  assert.equal(reviewParamsToQuery(params), "?queue=disagree&framing=testimony&outlet=Daily+X&from=2019-01");
  assert.deepEqual(reviewParamsSchema.parse(Object.fromEntries(new URLSearchParams(reviewParamsToQuery(params).slice(1)))), { ...params, framing: ["testimony"], outlet: ["Daily X"] });
});
