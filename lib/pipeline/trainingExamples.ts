// What the classifier learns from: the project's labelled passages plus every label a reviewer has set
// on the dashboard (subject and register "reviewed", so held-out evaluation holds them out together).
import type { Example } from "../classify/evaluate";
import { REVIEWED } from "../classify/evaluateClassifier";
import { loadTrainingData } from "../classify/trainingData";
import { type HumanLabel, listHumanLabels } from "../queries/reads";

export const TRAINING_DIR = "data/training";
export const REVIEWED_SUBJECT = REVIEWED;

export interface TrainingExamples {
  /** the project's examples, then the reviewed passages in `human`'s order */
  examples: Example[];
  reviewed: number;
  /** the project's examples alone */
  training: Example[];
  /** the reviewed passages, with their ids */
  human: HumanLabel[];
}

export async function trainingExamples(): Promise<TrainingExamples> {
  const human = await listHumanLabels();
  const training: Example[] = loadTrainingData(TRAINING_DIR);
  const examples: Example[] = [...training, ...human.map(reviewedExample)];
  return { examples, reviewed: human.length, training, human };
}

export function reviewedExample(h: HumanLabel): Example {
  return { text: h.text, label: h.framing, subject: REVIEWED_SUBJECT, register: REVIEWED_SUBJECT };
}
