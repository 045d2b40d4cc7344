import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenFromHeaders, tokenMatches } from "./reviewerToken";

test("the token must be configured and match exactly", () => {
  assert.equal(tokenMatches("s3cret-token", undefined), false, "no token configured: nobody may write");
  assert.equal(tokenMatches(null, "s3cret-token"), false);
  assert.equal(tokenMatches("s3cret-toke", "s3cret-token"), false);
  assert.equal(tokenMatches("s3cret-token", "s3cret-token"), true);
});

test("the token comes from x-reviewer-token or a bearer header", () => {
  assert.equal(tokenFromHeaders(new Headers({ "x-reviewer-token": "abc" })), "abc");
  assert.equal(tokenFromHeaders(new Headers({ authorization: "Bearer xyz" })), "xyz");
  assert.equal(tokenFromHeaders(new Headers()), null);
});
