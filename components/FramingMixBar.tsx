// One selection's framing mix as a single bar: each framing's share in its colour and pattern (official solid,
// critical stripes, testimony dots: components/charts/framingFills.tsx), so it reads without colour too. The
// numbers go in text beside it; the bar is a picture of them (aria-hidden would hide the titles, so it is an img).
import { FRAMINGS, FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";

export function FramingMixBar({ counts }: { counts: Record<FramingLabel, number> }) {
  const total = FRAMINGS.reduce((sum, f) => sum + counts[f], 0);
  const share = (f: FramingLabel) => (total ? (counts[f] / total) * 100 : 0);
  const described = FRAMINGS.map((f) => `${FRAMING_NAMES[f]} ${Math.round(share(f))}%`).join(", ");
  return (
    <div className="mix-bar" role="img" aria-label={`Framing mix: ${described}`}>
      {FRAMINGS.map((f) => <div key={f} className={`fill-${f}`} title={`${FRAMING_NAMES[f]}: ${counts[f]}`} style={{ width: `${share(f)}%` }} />)}
    </div>
  );
}
