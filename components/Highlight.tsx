// Marks every occurrence of the given words (whole words, any case) in a passage.
export function Highlight({ text, words }: { text: string; words: string[] }) {
  const usable = words.filter((w) => w.trim().length > 0);
  if (!usable.length) return <>{text}</>;
  const escaped = usable.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const parts = text.split(pattern);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}
