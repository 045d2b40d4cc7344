import { getPrisma } from "../../db";
import type { FramingLabel } from "../../classify/labels";

export interface HumanLabel { id: number; text: string; framing: FramingLabel; reviewedAt: Date | null }

/** Every passage a person labelled: the next training run learns from these. */
export async function listHumanLabels(): Promise<HumanLabel[]> {
  return getPrisma().passage.findMany({ where: { labelSource: "human" }, select: { id: true, text: true, framing: true, reviewedAt: true }, orderBy: { id: "asc" } });
}
