import assert from "node:assert/strict";
import { test } from "node:test";
import { safeHttpUrl } from "./safeUrl";

test("only http and https addresses survive", () => {
  assert.equal(safeHttpUrl("https://example.org/a?b=1"), "https://example.org/a?b=1");
  assert.equal(safeHttpUrl("http://example.org"), "http://example.org/");
  for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "file:///etc/passwd", "vbscript:x", "not a url", "", null]) {
    assert.equal(safeHttpUrl(bad), null, String(bad));
  }
});
