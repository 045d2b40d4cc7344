// How well the speaker rules name who is speaking, against passages labelled by hand (speakerTestSet.ts).
//
// A prediction is right when its name matches the expected name (speakerNames.ts says exactly when) and its
// role is the expected role (both may be null: an unnamed narrator, a speaker of none of the seven kinds).
//   precision = right predictions / passages where the rules name a speaker; a speaker named for a passage
//               that has none is an error here
//   recall    = right predictions / passages that have a speaker
//   f1        = their harmonic mean
// Articles are read whole and in order, as at ingest, so "he added" and "Zakir said" are scored in context.
import { articleSpeakers } from "./articleSpeakers";
import type { Speaker } from "./speaker";
import { sameSpeakerName } from "./speakerNames";
import { groupIntoArticles, type SpeakerCase } from "./speakerTestSet";

export interface SpeakerError { article: string; text: string; expected: SpeakerCase["speaker"]; predicted: Speaker | null }
export interface SpeakerScores {
  precision: number; recall: number; f1: number;
  passages: number; predicted: number; expected: number; correct: number;
  errors: SpeakerError[];
}

export function sameSpeaker(predicted: Speaker | null, expected: SpeakerCase["speaker"]): boolean {
  if (!predicted || !expected) return !predicted && !expected;
  return predicted.role === expected.role && sameSpeakerName(predicted.name, expected.name);
}

export function evaluateSpeakers(cases: SpeakerCase[], speakersOf: (texts: string[]) => (Speaker | null)[] = articleSpeakers): SpeakerScores {
  let predicted = 0, expected = 0, correct = 0;
  const errors: SpeakerError[] = [];
  for (const article of groupIntoArticles(cases)) {
    const found = speakersOf(article.map((c) => c.text));
    article.forEach((c, i) => {
      const p = found[i];
      if (p) predicted++;
      if (c.speaker) expected++;
      if (p && c.speaker && sameSpeaker(p, c.speaker)) correct++;
      else if (p || c.speaker) errors.push({ article: c.article, text: c.text, expected: c.speaker, predicted: p });
    });
  }
  const precision = predicted ? correct / predicted : 0;
  const recall = expected ? correct / expected : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, passages: cases.length, predicted, expected, correct, errors };
}
