import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";
import { attemptLimiter, createAttemptLimiter } from "./failedAttempts";

test("a client is refused after too many failures in its window, and allowed again after it", async () => {
  const limiter = createAttemptLimiter(attemptLimiter(3, 60));
  for (let i = 1; i <= 3; i++) {
    assert.equal(await limiter.refusedFor("a"), null);
    assert.equal(await limiter.fail("a"), i);
  }
  const wait = await limiter.refusedFor("a");
  assert.ok(wait !== null && wait > 58 && wait <= 60, `refused for ${wait} s`);
  assert.equal(await limiter.refusedFor("b"), null, "other clients are not affected");
});

test("a client's failures are forgotten when its window ends, whether or not it comes back", async () => {
  const store = attemptLimiter(2, 0.3);
  const limiter = createAttemptLimiter(store);
  const clients = Array.from({ length: 50 }, (_, i) => `198.51.100.${i}`);
  for (const c of clients) await limiter.fail(c);
  await limiter.fail(clients[0]);
  assert.ok((await limiter.refusedFor(clients[0])) !== null);
  await sleep(450);
  // the store's own get: null once the entry is deleted, not merely expired (an expired entry still answers)
  for (const c of clients) assert.equal(await store.get(c), null, `${c} is still held`);
  assert.equal(await limiter.refusedFor(clients[0]), null);
});
