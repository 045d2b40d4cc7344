// A "paragraph" of 200,000 characters (a transcript, a page with no markup) is no passage anyone can read
// or classify: split it into passages of whole sentences, each at most `max` characters.
const sentences = new Intl.Segmenter(undefined, { granularity: "sentence" });
const words = new Intl.Segmenter(undefined, { granularity: "word" });

export const MAX_PASSAGE_CHARS = 2000;

export function splitLongParagraph(text: string, max = MAX_PASSAGE_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces = [...boundedSegments(sentences, text, 2048)].flatMap((s) => (s.length > max ? hardSplit(s, max) : [s]));
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
  for (const segment of boundedSegments(words, sentence, 256)) {
    if (current.length + segment.length > max && current) {
      out.push(current);
      current = "";
    }
    current += segment.length > max ? segment.slice(0, max) : segment;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Segments of a long text, segmented a window at a time. V8 copies the whole input into every segment it
 * hands out, so iterating Intl.Segmenter over one long string is quadratic (16,000 dots: 2 s and gigabytes).
 * Each window's last segment may be cut by the window's end, so it is segmented again with what follows;
 * a window that is all one segment is cut after its last space (or taken whole if it has none).
 */
export function* boundedSegments(segmenter: Intl.Segmenter, text: string, window: number): Generator<string> {
  let at = 0;
  while (at < text.length) {
    const end = Math.min(text.length, at + window);
    const chunk = text.slice(at, end);
    const parts = Array.from(segmenter.segment(chunk), (s) => s.segment);
    const space = chunk.search(/\s\S*$/);
    const complete = end === text.length ? parts : parts.length > 1 ? parts.slice(0, -1) : [space > 0 ? chunk.slice(0, space + 1) : chunk];
    for (const part of complete) yield part;
    at += complete.reduce((n, part) => n + part.length, 0);
  }
}
