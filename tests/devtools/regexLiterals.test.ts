import assert from "node:assert/strict";
import { test } from "node:test";
import { regexLiterals } from "./regexLiterals";

test("finds regular-expression literals with their flags and lines, and not divisions or strings", () => {
  const code = `const a = x / 2 / y;\nconst re = /a+b/gi;\nconst s = "/not/";\nif (/^\\s*$/.test(t)) f(t.split(/,/));`;
  assert.deepEqual(regexLiterals("f.ts", code).map((r) => [r.line, r.source, r.flags]), [[2, "a+b", "gi"], [4, "^\\s*$", ""], [4, ",", ""]]);
});
