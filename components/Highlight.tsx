// Marks the given words in a passage: whole words for a term's surface forms, any substring for a search
// (matching the database's ILIKE), case-insensitively.
const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function Highlight({ text, words = [], substrings = [] }: { text: string; words?: string[]; substrings?: string[] }) {
  const alternatives = [
    ...words.filter((w) => w.trim()).map((w) => `(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`),
    ...substrings.filter((w) => w.trim()).map(escapeRegExp),
  ];
  if (!alternatives.length) return <>{text}</>;
  const parts = text.split(new RegExp(`(${alternatives.join("|")})`, "giu"));
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}
