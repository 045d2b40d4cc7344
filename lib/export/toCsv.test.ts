import assert from "node:assert/strict";
import { test } from "node:test";
import { toCsv } from "./toCsv";

test("quotes commas, quotes and newlines; keeps numbers; defuses formulas", () => {
  const csv = toCsv([
    { term: "camps, \"so-called\"", z: 2.5, n: 3 },
    { term: "=HYPERLINK(\"x\")", z: -1.25, n: 1 },
    { term: "line\nbreak", z: 0, n: 2 },
  ]);
  assert.equal(csv, 'term,z,n\r\n"camps, ""so-called""",2.50000,3\r\n"\'=HYPERLINK(""x"")",-1.25000,1\r\n"line\nbreak",0,2\r\n');
});
