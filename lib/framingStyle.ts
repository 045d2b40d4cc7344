// Colours and names per framing, shared by charts, badges and the article page.
import type { FramingLabel } from "./classify/labels";

export const FRAMING_COLORS: Record<FramingLabel, string> = {
  official: "#b45309",
  critical: "#1d4ed8",
  testimony: "#047857",
};
