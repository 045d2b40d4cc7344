import { createHash } from "node:crypto";

/** Text reduced to lowercase letters, digits and single spaces: used to spot repeats that differ only in punctuation. */
export function comparableText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Hash of the cleaned text, insensitive to case, punctuation style and whitespace: one article, one hash. */
export function contentHash(cleanedText: string): string {
  return createHash("sha256").update(comparableText(cleanedText)).digest("hex");
}

// Chinese and Japanese are written without spaces: count their characters, at about 1.5 per word
// (the average length of a Chinese word), so length rules treat a Chinese paragraph like an English one.
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

export function wordCount(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = text.replace(UNSPACED, " ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.ceil(unspaced / 1.5);
}
