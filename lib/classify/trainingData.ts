// The labelled passages in data/training/*.jsonl, validated row by row.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { framingSchema } from "./labels";

export const trainingExampleSchema = z.object({
  text: z.string().min(10),
  label: framingSchema,
  subject: z.string().min(1),
  region: z.string().optional(),
});
export type TrainingExample = z.infer<typeof trainingExampleSchema>;

export function loadTrainingData(dir: string): TrainingExample[] {
  if (!fs.existsSync(dir)) throw new Error(`training data folder ${dir} does not exist`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort();
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
