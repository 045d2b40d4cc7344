// Plain article text → the paragraphs worth analysing, plus every line dropped and why.
import { type CleanedText, type CleaningHints, cleanUnits } from "./cleanUnits";
import { splitIntoUnits } from "./splitIntoUnits";

export { REASONS, type CleanedText } from "./cleanUnits";

export function cleanPlainText(raw: string, hints: CleaningHints = {}): CleanedText {
  return cleanUnits(splitIntoUnits(raw), hints);
}
