// The speaker test set in data/evaluation: passages grouped into short articles, in reading order, each with
// the speaker a careful reader would name (data/evaluation/README.md says how they were chosen).
// The development part (speakers.jsonl, speakers-2.jsonl to speakers-4.jsonl) is what the rules were tuned on;
// the held-out part (speakers-heldout.jsonl) was written afterwards and is never tuned on.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { speakerRoleSchema } from "./speakerRoles";

export const speakerCaseSchema = z.object({
  article: z.string().min(1),
  text: z.string().min(10),
  speaker: z.object({ name: z.string().min(1).nullable(), role: speakerRoleSchema.nullable() }).nullable(),
});
export type SpeakerCase = z.infer<typeof speakerCaseSchema>;

export const SPEAKER_SET_DIR = "data/evaluation";
export const DEVELOPMENT_FILES = ["speakers.jsonl", "speakers-2.jsonl", "speakers-3.jsonl", "speakers-4.jsonl"];
export const HELD_OUT_FILE = "speakers-heldout.jsonl";

export function loadSpeakerCases(file: string): SpeakerCase[] {
  if (!fs.existsSync(file)) throw new Error(`speaker test set ${file} does not exist`);
  return fs.readFileSync(file, "utf8").split("\n").flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = speakerCaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path.basename(file)}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
    return [parsed.data];
  });
}

/** The cases of one file as articles: consecutive rows with the same `article`, in file order. */
export function groupIntoArticles(cases: SpeakerCase[]): SpeakerCase[][] {
  const articles: SpeakerCase[][] = [];
  for (const c of cases) {
    const last = articles.at(-1);
    if (last && last[0].article === c.article) last.push(c);
    else articles.push([c]);
  }
  return articles;
}
