// The regular-expression literals of some source files, each judged by recheck (an automaton and fuzzing
// analysis of ReDoS: https://makenowjust-labs.github.io/recheck/) as safe, vulnerable (with its complexity and an
// attack string) or unknown (the analysis ran out of time). Used by scripts/check-regexes.ts. Not a unit test:
// for patterns its automaton cannot model, recheck fuzzes with random inputs, and on a busy machine it has
// called a pattern that times linearly (features.ts CONTRAST) vulnerable once in several runs, in about a minute.
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
