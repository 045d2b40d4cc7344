// What the classifier learns from: the project's labelled passages plus every label a reviewer has set
// on the dashboard (subject and register "reviewed", so held-out evaluation holds them out together).
import type { Example } from "../classify/evaluate";
import { REVIEWED } from "../classify/evaluateClassifier";
import { loadTrainingData } from "../classify/trainingData";
import { listHumanLabels } from "../queries/listHumanLabels";

export const TRAINING_DIR = "data/training";
export const REVIEWED_SUBJECT = REVIEWED;

export async function trainingExamples(): Promise<{ examples: Example[]; reviewed: number }> {
  const human = await listHumanLabels();
  const examples: Example[] = [
    ...loadTrainingData(TRAINING_DIR),
    ...human.map((h) => ({ text: h.text, label: h.framing, subject: REVIEWED_SUBJECT, register: REVIEWED_SUBJECT })),
  ];
  return { examples, reviewed: human.length };
}
