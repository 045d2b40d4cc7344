// What the classifier learns from: the project's labelled passages plus every label a reviewer has set
// on the dashboard (subject "reviewed", so leave-one-subject-out holds them out together).
import type { Example } from "../classify/evaluate";
import { loadTrainingData } from "../classify/trainingData";
import { listHumanLabels } from "../queries/listHumanLabels";

export const TRAINING_DIR = "data/training";
export const REVIEWED_SUBJECT = "reviewed";

export async function trainingExamples(): Promise<{ examples: Example[]; reviewed: number }> {
  const human = await listHumanLabels();
  const examples: Example[] = [
    ...loadTrainingData(TRAINING_DIR),
    ...human.map((h) => ({ text: h.text, label: h.framing, subject: REVIEWED_SUBJECT })),
  ];
  return { examples, reviewed: human.length };
}
