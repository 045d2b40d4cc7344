// A deterministic synthetic corpus for benchmarks: articles with a Zipf-like vocabulary, outlets, dates
// over six years and a framing mix per outlet. Each passage is written in one framing's voice (its own
// attribution words and pronouns) so that classification and statistics behave as on real text.
import type { ArticleMeta } from "../../lib/ingest/types";
import { seededRandom } from "../../lib/seededRandom";

export interface SyntheticArticle { file: string; meta: ArticleMeta; text: string }


const SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "an", "ish", "por", "qua", "zen", "bri", "mo", "tal"];
const VOICES = {
  official: ["The ministry said", "A government spokesperson stated that", "Regional officials insisted", "We firmly believe, the spokesperson said,", "State media reported that"],
  critical: ["Researchers found that", "A rights group said in a report that", "Satellite images show that", "Investigators documented how", "The UN panel concluded that"],
  testimony: ["I was taken when", "She said that she", "My brother told me that", "He recalled how guards", "I remember that we"],
} as const;
const FRAMINGS = ["official", "critical", "testimony"] as const;
// Real prose is about half function words, which also break up phrases: they take the top Zipf ranks.
const FUNCTION_WORDS = ["the", "of", "and", "to", "in", "a", "that", "was", "for", "on", "with", "as", "by", "at", "from", "it", "were", "had", "their", "this", "be", "have", "not", "but", "or", "which", "they", "is", "an", "been"];

/** `size` distinct pseudo-words: word i spells i in base 16 with syllables for digits (at least two). */
export function syntheticVocabulary(size: number): string[] {
  return Array.from({ length: size }, (_, i) => {
    const digits: string[] = [];
    let rest = i;
    do {
      digits.push(SYLLABLES[rest % SYLLABLES.length]);
      rest = Math.floor(rest / SYLLABLES.length);
    } while (rest > 0 || digits.length < 2);
    return digits.join("");
  });
}

/** Yields articles until `passages` passages have been produced. */
export function* generateCorpus(options: { passages: number; seed?: number; outlets?: number; vocabulary?: number; passagesPerArticle?: number; reprints?: boolean }): Generator<SyntheticArticle> {
  const random = seededRandom(options.seed ?? 42);
  const vocab = [...FUNCTION_WORDS, ...syntheticVocabulary(options.vocabulary ?? 20_000)];
  const outlets = Array.from({ length: options.outlets ?? 50 }, (_, i) => `Synthetic Outlet ${String(i + 1).padStart(2, "0")}`);
  const perArticle = options.passagesPerArticle ?? 50;
  // Zipf: word rank r drawn with probability ∝ 1/r, by inverting the continuous approximation
  const zipf = () => vocab[Math.min(vocab.length - 1, Math.floor(Math.exp(random() * Math.log(vocab.length))) - 1)];
  // Text reuse (a statement reprinted by other outlets): drawn from a second stream, so the rest of the corpus
  // is the same with or without it. One article in ten issues a statement (its first paragraph); three in ten
  // reprint one of the last 200 in a paragraph of their own, trimmed or not, about one word in ten changed.
  const reuse = seededRandom((options.seed ?? 42) + 1);
  const reuseZipf = () => vocab[Math.min(vocab.length - 1, Math.floor(Math.exp(reuse() * Math.log(vocab.length))) - 1)];
  const statements: string[] = [];
  let produced = 0;
  for (let i = 0; produced < options.passages; i++) {
    const outlet = i % outlets.length;
    const lean = FRAMINGS[outlet % 3];
    const day = Math.floor(random() * 6 * 365);
    const published = new Date(Date.UTC(2018, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const count = Math.min(perArticle, options.passages - produced);
    const paragraphs = Array.from({ length: count }, () => {
      const framing = random() < 0.5 ? lean : FRAMINGS[Math.floor(random() * 3)];
      const voice = VOICES[framing][Math.floor(random() * VOICES[framing].length)];
      const words = Array.from({ length: 35 + Math.floor(random() * 30) }, zipf).join(" ");
      return `${voice} ${words}.`;
    });
    if (options.reprints !== false && count > 1) {
      if (reuse() < 0.3 && statements.length) {
        const words = statements[Math.max(0, statements.length - 1 - Math.floor(reuse() * 200))].split(" ");
        const kept = words.slice(0, Math.max(15, Math.ceil(words.length * (0.7 + reuse() * 0.3))));
        paragraphs[1 + Math.floor(reuse() * (count - 1))] = kept.map((w) => (reuse() < 0.1 ? reuseZipf() : w)).join(" ").replace(/\.?$/, ".");
      }
      if (reuse() < 0.1) statements.push(paragraphs[0]);
    }
    produced += count;
    yield {
      file: `synthetic-${i}.txt`,
      meta: { title: `Synthetic article ${i}`, outlet: outlets[outlet], published, url: `https://example.org/synthetic/${i}`, author: null },
      text: [`Synthetic article ${i}`, ...paragraphs].join("\n\n"),
    };
  }
}
