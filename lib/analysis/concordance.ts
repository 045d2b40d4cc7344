// Keyword in context: every occurrence of a term's surface forms in a passage, with the words around it.

export interface ConcordanceHit { start: number; end: number; left: string; match: string; right: string }

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A case-insensitive, whole-word pattern for any of the surface forms ("camps", "re-education camps"). */
export function surfacePattern(surfaces: string[]): RegExp | null {
  const forms = [...new Set(surfaces.filter((s) => s.trim()))].sort((x, y) => y.length - x.length);
  if (!forms.length) return null;
  const alternatives = forms.map((f) => f.split(/\s+/).map((w) => escapeRegExp(w).replace(/'/g, "['’]")).join("\\s+"));
  // a possessive 's may follow: "China's" is stored as "china"
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?=(?:['’]s)?(?![\\p{L}\\p{N}]))`, "giu");
}

export function findOccurrences(text: string, pattern: RegExp, contextChars = 70): ConcordanceHit[] {
  const hits: ConcordanceHit[] = [];
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    hits.push({
      start, end, match: m[0],
      left: trimToWords(text.slice(Math.max(0, start - contextChars), start), "left", start - contextChars > 0),
      right: trimToWords(text.slice(end, end + contextChars), "right", end + contextChars < text.length),
    });
  }
  return hits;
}

/** Cut a partial word at the outer edge of a context window. */
function trimToWords(context: string, side: "left" | "right", cut: boolean): string {
  if (!cut) return context;
  return side === "left" ? context.replace(/^\S*\s/, "") : context.replace(/\s\S*$/, "");
}

export type ConcordanceSort = "left" | "right" | "date";

/** Sort key for "sort by the words around it": left context read from the keyword outwards, right context onwards. */
export function contextKey(hit: Pick<ConcordanceHit, "left" | "right">, side: "left" | "right"): string {
  const words = (side === "left" ? hit.left.split(/\s+/).reverse() : hit.right.split(/\s+/)).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, "")).filter(Boolean);
  return words.join(" ");
}
