import { getPrisma } from "../db";
import type { FramingLabel } from "../classify/labels";

/** Every passage a person labelled: the next training run learns from these. */
export async function listHumanLabels(): Promise<{ id: number; text: string; framing: FramingLabel }[]> {
  return getPrisma().passage.findMany({ where: { labelSource: "human" }, select: { id: true, text: true, framing: true }, orderBy: { id: "asc" } });
}
