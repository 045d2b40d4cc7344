import assert from "node:assert/strict";
import { test } from "node:test";
import { plannerStatsKeeperWith } from "./plannerStatsKeeper";

test("planner statistics are refreshed each time the passages double, from 2,000 on", async () => {
  const calls: number[] = [];
  let stored = 0;
  const keep = plannerStatsKeeperWith(0, async () => { calls.push(stored); });
  for (let i = 0; i < 400; i++) {
    stored += 50;
    await keep(50);
  }
  assert.deepEqual(calls, [2000, 4000, 8000, 16000]);
});
