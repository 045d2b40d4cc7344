// A "paragraph" of 200,000 characters (a transcript, a page with no markup) is no passage anyone can read
// or classify: split it into passages of whole sentences, each at most `max` characters.
const sentences = new Intl.Segmenter(undefined, { granularity: "sentence" });
const words = new Intl.Segmenter(undefined, { granularity: "word" });

export const MAX_PASSAGE_CHARS = 2000;

export function splitLongParagraph(text: string, max = MAX_PASSAGE_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces = [...sentences.segment(text)].flatMap((s) => (s.segment.length > max ? hardSplit(s.segment, max) : [s.segment]));
  const out: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (current && current.length + piece.length > max) {
      out.push(current.trim());
      current = "";
    }
    current += piece;
  }
  if (current.trim()) out.push(current.trim());
  return out.filter(Boolean);
}

/** A single sentence longer than `max`: cut between words. */
function hardSplit(sentence: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const { segment } of words.segment(sentence)) {
    if (current.length + segment.length > max && current) {
      out.push(current);
      current = "";
    }
    current += segment.length > max ? segment.slice(0, max) : segment;
  }
  if (current) out.push(current);
  return out;
}
