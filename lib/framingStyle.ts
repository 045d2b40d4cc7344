// Colours per framing for the charts: three of Okabe and Ito's colour-blind-safe palette ("Color Universal
// Design", 2008), apart in hue and lightness under protanopia, deuteranopia and tritanopia (blue, vermillion, and
// a lighter bluish green). app/globals.css holds the same three, darkened for text and badges. Names and the
// numbers table always go with them: colour is never the only cue.
import type { FramingLabel } from "./classify/labels";

export const FRAMING_COLORS: Record<FramingLabel, string> = {
  official: "#0072b2",
  critical: "#d55e00",
  testimony: "#009e73",
};
