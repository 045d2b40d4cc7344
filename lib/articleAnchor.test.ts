import assert from "node:assert/strict";
import { test } from "node:test";
import { articleAnchor } from "./articleAnchor";

test("a plain anchor has no query", () => {
  assert.equal(articleAnchor(15, 7), "/articles/15#p-7");
  assert.equal(articleAnchor(15, 7, { mark: [" ", ""], find: "  " }), "/articles/15#p-7");
});

test("forms are joined once each and the search is encoded", () => {
  assert.equal(articleAnchor(3, 0, { mark: ["camp", "camps", "camp"], find: "re-education & more" }),
    "/articles/3?mark=camp%7Ccamps&find=re-education+%26+more#p-0");
});
