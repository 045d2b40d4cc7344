// A story's spread over time as a small bar strip: articles carrying it per month, from its first month to its
// last, months without any drawn as empty slots. Its reading is in its accessible name and title.
import { monthsBetween } from "@/lib/analysis/everyMonth";

export function Sparkline({ spread, label }: { spread: { month: string; articles: number }[]; label: string }) {
  if (!spread.length) return <span className="hint">undated</span>;
  const counts = new Map(spread.map((s) => [s.month, s.articles]));
  const months = monthsBetween(spread[0].month, spread.at(-1)!.month);
  const max = Math.max(...spread.map((s) => s.articles));
  const width = Math.max(24, Math.min(160, months.length * 8));
  const step = width / months.length;
  const reading = `${label}: ${spread.map((s) => `${s.month} ${s.articles}`).join(", ")}`;
  return (
    <svg className="sparkline" width={width} height={20} viewBox={`0 0 ${width} 20`} role="img" aria-label={reading}>
      <title>{reading}</title>
      <line x1={0} x2={width} y1={19.5} y2={19.5} stroke="#98a2b3" strokeWidth={1} />
      {months.map((m, i) => {
        const n = counts.get(m) ?? 0;
        const h = n ? Math.max(3, (n / max) * 18) : 0;
        return n ? <rect key={m} x={i * step + 0.5} y={19 - h} width={Math.max(1.5, step - 1)} height={h} fill="#334e7a" /> : null;
      })}
    </svg>
  );
}
