import assert from "node:assert/strict";
import { test } from "node:test";
import { plural } from "./plural";

test("one is singular, every other count plural, with thousands separated", () => {
  assert.equal(plural(1, "occurrence"), "1 occurrence");
  assert.equal(plural(0, "passage"), "0 passages");
  assert.equal(plural(12_345, "article"), "12,345 articles");
  assert.equal(plural(2, "country", "countries"), "2 countries");
});
