// How much of the shorter of two texts also appears in the longer, as runs of three words (or, in
// Chinese and Japanese, three characters). Used to tell an updated copy of an article (high overlap) from a
// different article that a careless page marks with the same canonical address (low overlap).
import { comparableText } from "./normalize";

export function textOverlap(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (!small.size) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared += 1;
  return shared / small.size;
}

function shingles(text: string): Set<string> {
  const words = comparableText(text).split(" ").flatMap((w) => (/[\u3040-\u30ff\u3400-\u9fff]/u.test(w) ? [...w] : [w])).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i += 1) out.add(words.slice(i, i + 3).join(" "));
  if (!out.size && words.length) out.add(words.join(" "));
  return out;
}
