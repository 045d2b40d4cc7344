import assert from "node:assert/strict";
import { test } from "node:test";
import { clientOf, createAttemptLimiter } from "./failedAttempts";

test("a client is refused after too many failures in the window, and allowed again after it", () => {
  const limiter = createAttemptLimiter(3, 60_000);
  const t0 = 1_000_000;
  for (let i = 1; i <= 3; i++) {
    assert.equal(limiter.allowed("a", t0 + i), true);
    assert.equal(limiter.fail("a", t0 + i), i);
  }
  assert.equal(limiter.allowed("a", t0 + 10), false);
  assert.equal(limiter.allowed("b", t0 + 10), true, "other clients are not affected");
  assert.equal(limiter.retryAfter("a", t0 + 10), 60);
  assert.equal(limiter.allowed("a", t0 + 60_002), true);
});

test("the client is the first forwarded address", () => {
  assert.equal(clientOf(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" })), "203.0.113.9");
  assert.equal(clientOf(new Headers()), "local");
});
