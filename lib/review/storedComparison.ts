// What a training attempt stores about its comparison (training_attempt.comparison), and the schema that reads
// it back for the Review page and the API, so nothing untyped crosses from the database.
import { z } from "zod";
import { GATE_LEGS } from "./gateDecision";

const score = z.object({ macroF1: z.number(), accuracy: z.number(), examples: z.number() });
const sideBySide = z.object({ examples: z.number(), candidate: score, active: score });

export const storedComparisonSchema = z.object({
  /** null when no version was active */
  comparison: z.object({
    folds: z.number(),
    activeVersion: z.number(),
    reviewed: sideBySide.nullable(),
    reviewedSeenByActive: z.number(),
    training: sideBySide,
  }).nullable(),
  tolerance: z.number(),
  worseOn: z.array(z.enum(Object.keys(GATE_LEGS) as [keyof typeof GATE_LEGS])),
  algorithm: z.string(),
  trainingSize: z.number(),
  reviewed: z.number(),
});
export type StoredComparison = z.infer<typeof storedComparisonSchema>;

export function readStoredComparison(json: unknown): StoredComparison | null {
  const parsed = storedComparisonSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
