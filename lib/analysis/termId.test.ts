import { test } from "node:test";
import assert from "node:assert/strict";
import { termId } from "./termId";

test("a term's id is the first 64 bits of its key's MD5, signed, as PostgreSQL's ('x' || left(md5(k), 16))::bit(64)::bigint gives it", () => {
  // values computed by PostgreSQL 15 for the same keys
  assert.equal(termId("xinjiang camp"), "-5813034193485978477");
  assert.equal(termId("ürümqi"), "4730563854461037457");
});

test("different keys get different ids, the same key the same id", () => {
  const ids = new Set(["camp", "camps", "camp re-educ", "re-educ camp", "vocat train centr"].map(termId));
  assert.equal(ids.size, 5);
  assert.equal(termId("camp"), termId("camp"));
});
