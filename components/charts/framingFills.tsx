// Fills that tell the framings apart without colour: official solid, critical diagonal stripes, testimony dots,
// each over its Okabe–Ito colour (lib/framingStyle.ts). The legend's swatches use the same fills, so the pattern
// is named there too. Ids are per chart (React's useId) so two charts on one page never share an id.
import type { FramingLabel } from "@/lib/classify/labels";
import { FRAMING_COLORS } from "@/lib/framingStyle";

export const FRAMING_PATTERN_NAMES: Record<FramingLabel, string> = { official: "solid", critical: "stripes", testimony: "dots" };

export const framingFill = (chartId: string, f: FramingLabel) => (f === "official" ? FRAMING_COLORS.official : `url(#${chartId}-${f})`);

/** The <defs> for one chart: put inside the chart's SVG (recharts renders a <defs> child as it is). */
export function FramingPatternDefs({ chartId }: { chartId: string }) {
  return (
    <defs>
      <pattern id={`${chartId}-critical`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={FRAMING_COLORS.critical} />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" strokeOpacity="0.55" />
      </pattern>
      <pattern id={`${chartId}-testimony`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={FRAMING_COLORS.testimony} />
        <circle cx="3" cy="3" r="1.3" fill="#fff" fillOpacity="0.65" />
      </pattern>
    </defs>
  );
}
