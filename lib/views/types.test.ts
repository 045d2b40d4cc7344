// The shapes components import (lib/views/*.types.ts) are plain types: nothing in them runs, so nothing of the
// server reaches the browser through them.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";

const dir = path.dirname(new URL(import.meta.url).pathname);

test("the *.types.ts modules import only types and declare only types", () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".types.ts"));
  assert.ok(files.length >= 2);
  for (const file of files) {
    const code = fs.readFileSync(path.join(dir, file), "utf8").replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
    for (const line of code.split("\n").filter((l) => /^\s*(import|export)\b/.test(l))) {
      assert.match(line, /^\s*(import type |export (type|interface) )/, `${file}: ${line.trim()}`);
    }
  }
});
