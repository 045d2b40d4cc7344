// Quoted stretches of a passage, found in one pass: an opening mark, at least `min` characters none of which
// closes, then a closing mark. That is what /[“"«]([^”"»]{3,})[”"»]/g finds, match for match, but the regular
// expression rescans the rest of the text from every opening mark that no closing mark follows, which is
// quadratic on a passage of many opening quotes and no closing one.

export interface QuotedSpan { start: number; end: number }

/** [start, end) of each quote, marks included, leftmost first and not overlapping, as String.matchAll gives them. */
export function quotedSpans(text: string, openers: string, closers: string, min: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let closer = -1;
  for (let i = 0; i < text.length; i++) {
    if (!openers.includes(text[i])) continue;
    // the first closing mark after this opening one; searches never overlap, so the whole scan is linear
    if (closer <= i) closer = firstOf(text, closers, i + 1);
    if (closer < 0) break;
    if (closer - i - 1 >= min) {
      spans.push({ start: i, end: closer + 1 });
      i = closer;
    }
  }
  return spans;
}

/** The text with each span replaced by `by`. */
export function replaceSpans(text: string, spans: QuotedSpan[], by: string): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + by;
    at = s.end;
  }
  return out + text.slice(at);
}

function firstOf(text: string, chars: string, from: number): number {
  for (let j = from; j < text.length; j++) if (chars.includes(text[j])) return j;
  return -1;
}
