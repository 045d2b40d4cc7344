import { z } from "zod";

export const FRAMINGS = ["official", "critical", "testimony"] as const;
export const framingSchema = z.enum(FRAMINGS);
export type FramingLabel = z.infer<typeof framingSchema>;

export const FRAMING_NAMES: Record<FramingLabel, string> = {
  official: "Official framing",
  critical: "Critical framing",
  testimony: "Testimony",
};
