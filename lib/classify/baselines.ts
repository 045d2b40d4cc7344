// The baselines the voice model is judged against: always guessing the commonest framing, and natural's
// naive Bayes over a plain bag of words (the shared tokenizer's tokens, no stems, no voice markers).
import type { Trainer } from "./evaluate";
import { FRAMINGS, type FramingLabel } from "./labels";
import { trainModel } from "./model";

export const majorityClass: Trainer = (train) => {
  const counts = Object.fromEntries(FRAMINGS.map((l) => [l, train.filter((e) => e.label === l).length])) as Record<FramingLabel, number>;
  const label = FRAMINGS.reduce((best, l) => (counts[l] > counts[best] ? l : best), FRAMINGS[0]);
  const scores = Object.fromEntries(FRAMINGS.map((l) => [l, counts[l] / (train.length || 1)])) as Record<FramingLabel, number>;
  return { predict: () => ({ label, scores }) };
};

export const bagOfWords: Trainer = (train) => trainModel(train, "bayes", { features: "words" });
