// Contrast cases: pairs of passages written for the classes of error seen on real reporting (a quoted term
// asserted and denied, a euphemism used and exposed, one event told in the first and the third person, a
// joint letter praising and one condemning). They are never trained on; the model trained on everything
// else labels them. Written by the project, like the training data: a check on the error classes, not a
// measure of accuracy on real text.
import fs from "node:fs";
import { z } from "zod";
import { framingSchema, type FramingLabel } from "./labels";

export const CONTRAST_CASES_FILE = "data/evaluation/contrast-cases.jsonl";

const caseSchema = z.object({ class: z.string().min(1), label: framingSchema, text: z.string().min(10) });
export type ContrastCase = z.infer<typeof caseSchema>;

export interface ContrastResult {
  total: number;
  correct: number;
  byClass: { class: string; total: number; correct: number }[];
  wrong: { class: string; text: string; expected: FramingLabel; predicted: FramingLabel; confidence: number }[];
}

export function loadContrastCases(file = CONTRAST_CASES_FILE): ContrastCase[] {
  // read from the project folder at run time, in the web server too: nothing for the bundler to trace
  if (!fs.existsSync(/* turbopackIgnore: true */ file)) return [];
  return fs.readFileSync(/* turbopackIgnore: true */ file, "utf8").split("\n").flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = caseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
    return [parsed.data];
  });
}

export function scoreContrastCases(cases: ContrastCase[], predict: (text: string) => { label: FramingLabel; confidence: number }): ContrastResult {
  const byClass = new Map<string, { total: number; correct: number }>();
  const wrong: ContrastResult["wrong"] = [];
  for (const c of cases) {
    const p = predict(c.text);
    const tally = byClass.get(c.class) ?? { total: 0, correct: 0 };
    tally.total += 1;
    if (p.label === c.label) tally.correct += 1;
    else wrong.push({ class: c.class, text: c.text, expected: c.label, predicted: p.label, confidence: p.confidence });
    byClass.set(c.class, tally);
  }
  return {
    total: cases.length, correct: cases.length - wrong.length,
    byClass: [...byClass].map(([name, t]) => ({ class: name, ...t })), wrong,
  };
}
