import { createHash } from "node:crypto";

/** Text reduced to lowercase letters, digits and single spaces: used to spot repeats that differ only in punctuation. */
export function comparableText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Hash of the cleaned text, insensitive to case, punctuation style and whitespace: one article, one hash. */
export function contentHash(cleanedText: string): string {
  return createHash("sha256").update(comparableText(cleanedText)).digest("hex");
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
