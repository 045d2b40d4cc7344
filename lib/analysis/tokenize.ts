// The one tokenizer: training, classification and term statistics all read text through it, so a
// "term" means the same thing everywhere.
import natural from "../nlp";

// Words with inner hyphens and apostrophes kept whole ("re-education", "China's"); numbers as tokens.
const tokenizer = new natural.RegexpTokenizer({ pattern: /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu, gaps: false });

/** Lowercased word tokens, in order, stop words included (the classifier needs "I", "we", "said"). */
export function tokenize(text: string): string[] {
  return (tokenizer.tokenize(text.normalize("NFC")) ?? []).map((t) => t.toLowerCase().replace(/’/g, "'"));
}

export function stem(token: string): string {
  // Porter stems each part of a hyphenated word, so "re-educated" groups with "re-education".
  return token.split("-").map((part) => natural.PorterStemmer.stem(part.replace(/'s$/, ""))).join("-");
}
