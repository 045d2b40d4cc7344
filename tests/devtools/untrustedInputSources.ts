// The source files whose regular expressions run on text from outside: readers, cleaning, dates and
// languages, passage splitting, speaker and feature rules, the tokenizer.
import fs from "node:fs";
import path from "node:path";

const ROOTS = ["lib/ingest", "lib/ingest/readers", "lib/classify", "lib/analysis/tokenize.ts"];

export function UNTRUSTED_INPUT_SOURCES(root = process.cwd()): string[] {
  return ROOTS.flatMap((r) => {
    const full = path.join(root, r);
    if (!fs.statSync(full).isDirectory()) return [full];
    return fs.readdirSync(full).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => path.join(full, f));
  });
}
