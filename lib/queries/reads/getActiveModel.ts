import { getPrisma } from "../../db";

/** The model new passages are labelled with, or null before the first training. */
export async function getActiveModel() {
  return getPrisma().classifierModel.findFirst({ where: { active: true }, orderBy: { version: "desc" } });
}
