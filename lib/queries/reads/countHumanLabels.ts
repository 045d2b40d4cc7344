import { getPrisma } from "../../db";

/** How many passages a person has labelled. */
export async function countHumanLabels(): Promise<number> {
  return getPrisma().passage.count({ where: { labelSource: "human" } });
}
