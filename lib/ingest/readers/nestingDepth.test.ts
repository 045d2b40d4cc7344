import assert from "node:assert/strict";
import { test } from "node:test";
import { nestingDepth } from "./nestingDepth";

test("counts element depth, ignoring void and self-closed elements", () => {
  assert.equal(nestingDepth("<html><body><div><p>a<br>b<img src=x></p></div></body></html>"), 4);
  assert.equal(nestingDepth("<div><span/><span></span></div>"), 2);
  assert.equal(nestingDepth(`${"<div>".repeat(6000)}x`), 6000);
});
