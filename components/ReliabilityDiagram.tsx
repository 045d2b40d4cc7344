// The reliability diagram (Niculescu-Mizil & Caruana 2005): for each confidence bin, how often the model was
// right against how sure it said it was. Drawn on the server as SVG: no script needed to read it.
import type { ReliabilityBin } from "@/lib/classify/reliability";

const W = 320;
const H = 320;
const PAD = 36;

export function ReliabilityDiagram({ bins, caption }: { bins: ReliabilityBin[]; caption: string }) {
  const x = (v: number) => PAD + v * (W - PAD - 8);
  const y = (v: number) => H - PAD - v * (H - PAD - 8);
  const filled = bins.filter((b) => b.count);
  const described = filled.map((b) => `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%: ${b.count} passages, ${Math.round(b.accuracy * 100)}% right`).join("; ");
  return (
    <figure className="reliability">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="reliability-title" width={W} height={H}>
        <title id="reliability-title">{`${caption}. ${described}`}</title>
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke="currentColor" strokeDasharray="4 4" opacity={0.5} />
        {filled.map((b) => (
          <rect key={b.from} x={x(b.from) + 1} width={x(b.to) - x(b.from) - 2} y={y(b.accuracy)} height={y(0) - y(b.accuracy)}
            fill="var(--accent, #3b6ea5)" opacity={0.35 + 0.65 * Math.min(1, b.count / 50)} />
        ))}
        {filled.map((b) => <circle key={`c${b.from}`} cx={x(b.confidence)} cy={y(b.accuracy)} r={3} fill="currentColor" />)}
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(0)} stroke="currentColor" />
        <line x1={x(0)} y1={y(0)} x2={x(0)} y2={y(1)} stroke="currentColor" />
        {[0, 0.5, 1].map((v) => (
          <g key={v} fontSize={11} fill="currentColor">
            <text x={x(v)} y={H - PAD + 14} textAnchor="middle">{v * 100}%</text>
            <text x={PAD - 6} y={y(v) + 4} textAnchor="end">{v * 100}%</text>
          </g>
        ))}
        <text x={(W + PAD) / 2} y={H - 4} textAnchor="middle" fontSize={11} fill="currentColor">confidence the model gave</text>
        <text x={10} y={(H - PAD) / 2} textAnchor="middle" fontSize={11} fill="currentColor" transform={`rotate(-90 10 ${(H - PAD) / 2})`}>share right</text>
      </svg>
      <figcaption className="hint">{caption} Bars: share right in each confidence bin (darker = more passages); dots: mean confidence; dashed: perfect calibration.</figcaption>
    </figure>
  );
}
