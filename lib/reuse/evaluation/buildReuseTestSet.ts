// The text-reuse test set: the project's own source passages (data/evaluation/reuse/passages.json), each
// printed once as an original and seven times in other "articles" under an edit — verbatim, trimmed, words
// inserted, words deleted, about one word in five changed, sentences reordered, one sentence inside different
// text — with boilerplate lines and stock phrases scattered over all of them. Every word remembers which source
// word it came from, so whether two passages truly share wording, and where, is known for every pair.
// Deterministic: one seed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../../seededRandom";

export const EDITS = ["verbatim", "trimmed", "inserted", "deleted", "changed", "reordered", "embedded"] as const;
export type DocKind = "original" | (typeof EDITS)[number];

/** A word of a test passage: the source word it reprints (source id and index), or none. */
interface Word { text: string; from: string | null }

export interface TestPassage {
  id: number; kind: DocKind; source: number; text: string;
  /** per source word it reprints unchanged ("s3:17"): that word's [start, end) in text, punctuation excluded */
  reprinted: Map<string, [number, number]>;
}

interface BaseText { sources: string[]; fillers: string[]; boilerplate: string[]; stockPhrases: string[]; substitutes: string[]; insertions: string[] }

export const BASE_TEXT_PATH = join("data", "evaluation", "reuse", "passages.json");

/** How often each boilerplate line is appended to a passage: enough that each is in more than 100 of them. */
const BOILERPLATE_SHARE = 0.6;
const STOCK_PHRASE_SHARE = 0.4;
const CHANGE_SHARE = 0.2;
const DELETE_SHARE = 0.12;

export function buildReuseTestSet(seed = 29, base: BaseText = JSON.parse(readFileSync(BASE_TEXT_PATH, "utf8"))): TestPassage[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const plain = (text: string): Word[] => text.split(/\s+/).map((w) => ({ text: w, from: null }));
  let fillers = 0;
  const filler = () => plain(base.fillers[fillers++ % base.fillers.length]);
  const docs: { kind: DocKind; source: number; words: Word[] }[] = [];
  base.sources.forEach((text, s) => {
    const words: Word[] = text.split(/\s+/).map((w, i) => ({ text: w, from: `s${s}:${i}` }));
    const sentences = splitSentences(words);
    const edited: Record<(typeof EDITS)[number], () => Word[]> = {
      verbatim: () => words,
      trimmed: () => words.slice(Math.floor(words.length * 0.25), Math.floor(words.length * 0.75)),
      inserted: () => words.flatMap((w, i) => (i > 0 && i % (5 + Math.floor(random() * 4)) === 0 ? [...plain(pick(base.insertions)), w] : [w])),
      deleted: () => words.filter(() => random() >= DELETE_SHARE),
      changed: () => words.map((w) => (random() < CHANGE_SHARE ? { text: pick(base.substitutes), from: null } : w)),
      reordered: () => [...sentences.slice(1), sentences[0]].flat(),
      embedded: () => [...filler(), ...sentences.reduce((a, b) => (b.length > a.length ? b : a)), ...filler()],
    };
    docs.push({ kind: "original", source: s, words });
    for (const kind of EDITS) docs.push({ kind, source: s, words: edited[kind]() });
  });
  return docs.map((d, id) => {
    const words = [...(random() < STOCK_PHRASE_SHARE ? plain(`Officials ${pick(base.stockPhrases)}`) : []), ...d.words];
    for (const line of base.boilerplate) if (random() < BOILERPLATE_SHARE) words.push(...plain(line));
    return { id: id + 1, kind: d.kind, source: d.source, ...render(words) };
  });
}

function splitSentences(words: Word[]): Word[][] {
  const sentences: Word[][] = [[]];
  for (const w of words) {
    sentences[sentences.length - 1].push(w);
    if (/[.!?]$/.test(w.text)) sentences.push([]);
  }
  return sentences.filter((s) => s.length);
}

function render(words: Word[]): { text: string; reprinted: Map<string, [number, number]> } {
  let text = "";
  const reprinted = new Map<string, [number, number]>();
  for (const w of words) {
    if (text) text += " ";
    if (w.from) {
      // the word without the punctuation around it: what the tokenizer reads
      const lead = w.text.search(/[\p{L}\p{N}]/u);
      const core = w.text.match(/[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/u)![0];
      reprinted.set(w.from, [text.length + lead, text.length + lead + core.length]);
    }
    text += w.text;
  }
  return { text, reprinted };
}

