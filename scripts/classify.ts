// npm run --silent classify < lines.jsonl   One {"text": "..."} per line in → one prediction per line out.
// Needs no database: it uses the model file written by `npm run train`, else the shipped base model.
import readline from "node:readline";
import { z } from "zod";
import { databaseFreeModel } from "../lib/pipeline/loadModel";
import { exit } from "./support/exit";

const lineSchema = z.object({ text: z.string() });
const round = (x: number) => Math.round(x * 10000) / 10000;

const loaded = databaseFreeModel((m) => console.error(`[classify] ${m}`));
const { model } = loaded;

let failures = 0;
let lineNo = 0;
for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  lineNo += 1;
  if (!line.trim()) continue;
  let parsed: ReturnType<typeof lineSchema.safeParse> | null;
  try {
    parsed = lineSchema.safeParse(JSON.parse(line));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    failures += 1;
    console.error(`[classify] line ${lineNo}: expected a JSON object {"text": "..."}`);
    process.stdout.write(`${JSON.stringify({ error: `line ${lineNo}: expected a JSON object {"text": "..."}` })}\n`);
    continue;
  }
  const p = model.predict(parsed.data.text);
  const scores = { official: round(p.scores.official), critical: round(p.scores.critical), testimony: round(p.scores.testimony) };
  process.stdout.write(`${JSON.stringify({ label: p.label, confidence: round(p.confidence), scores })}\n`);
}
await exit(failures ? 1 : 0);
