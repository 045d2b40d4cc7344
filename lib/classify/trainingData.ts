// The labelled passages in data/training/**/*.jsonl, validated row by row. Each records its subject and its
// register (the kind of text: briefing transcript, white paper, NGO report, …), so that evaluation can hold
// out whole subjects and whole registers.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { framingSchema } from "./labels";

export const REGISTERS = [
  "foreign-ministry-transcript", "state-media-news", "state-media-editorial", "white-paper", "embassy-letter", "un-body",
  "ngo-report", "wire-copy", "newspaper-feature", "parliamentary-hearing", "witness-interview", "social-media-post",
] as const;

export const trainingExampleSchema = z.object({
  text: z.string().min(10),
  label: framingSchema,
  subject: z.string().min(1),
  /** the kind of text; rows written before registers were recorded read as news prose */
  register: z.enum(REGISTERS).default("newspaper-feature"),
  region: z.string().optional(),
  /** the same id on the rows of a contrast pair (a quoted term asserted and denied, …) */
  pair: z.string().optional(),
});
export type TrainingExample = z.infer<typeof trainingExampleSchema>;

export function loadTrainingData(dir: string): TrainingExample[] {
  if (!fs.existsSync(dir)) throw new Error(`training data folder ${dir} does not exist`);
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".jsonl")).sort();
  if (!files.length) throw new Error(`no .jsonl files in ${dir}`);
  return files.flatMap((file) =>
    fs.readFileSync(path.join(dir, file), "utf8").split("\n").flatMap((line, i) => {
      if (!line.trim()) return [];
      const parsed = trainingExampleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return [parsed.data];
    }),
  );
}
