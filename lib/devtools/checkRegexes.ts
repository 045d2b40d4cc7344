// The regular-expression literals of some source files, each judged by recheck (an automaton and fuzzing
// analysis of ReDoS: https://makenowjust-labs.github.io/recheck/) as safe, vulnerable (with its complexity and an
// attack string) or unknown (the analysis ran out of time). Used by scripts/check-regexes.ts and a unit test.
import fs from "node:fs";
import { check } from "recheck";
import { type RegexLiteral, regexLiterals } from "./regexLiterals";

export interface RegexVerdict extends RegexLiteral { status: "safe" | "vulnerable" | "unknown"; complexity?: string; attack?: string }

export async function checkRegexes(files: string[], timeoutMs = 10_000): Promise<RegexVerdict[]> {
  const literals = files.flatMap((f) => regexLiterals(f, fs.readFileSync(f, "utf8")));
  const verdicts: RegexVerdict[] = [];
  for (const r of literals) {
    const d = await check(r.source, r.flags, { timeout: timeoutMs });
    verdicts.push({
      ...r, status: d.status,
      ...(d.status === "vulnerable" ? { complexity: d.complexity.type, attack: d.attack.pattern } : {}),
    });
  }
  return verdicts;
}
