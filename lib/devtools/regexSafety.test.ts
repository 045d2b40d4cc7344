// No regular expression that runs on untrusted input can backtrack super-linearly, as recheck judges it. Patterns
// built at run time are not literals and are covered by the linearTime tests instead.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkRegexes } from "./checkRegexes";
import { UNTRUSTED_INPUT_SOURCES } from "./untrustedInputSources";

test("recheck finds no vulnerable regular expression in the readers, cleaning, speaker and feature rules", { timeout: 300_000 }, async () => {
  const verdicts = await checkRegexes(UNTRUSTED_INPUT_SOURCES());
  assert.ok(verdicts.length > 100, `found only ${verdicts.length} regular expressions: is the scan still reading the sources?`);
  const vulnerable = verdicts.filter((v) => v.status === "vulnerable").map((v) => `${v.file}:${v.line} /${v.source}/${v.flags} (${v.complexity}; attack ${v.attack})`);
  assert.deepEqual(vulnerable, []);
});
