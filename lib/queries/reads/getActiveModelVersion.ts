import { getPrisma } from "../../db";

/** The active model's version alone (not its serialized weights), or null before the first training. */
export async function getActiveModelVersion(): Promise<number | null> {
  const row = await getPrisma().classifierModel.findFirst({ where: { active: true }, orderBy: { version: "desc" }, select: { version: true } });
  return row?.version ?? null;
}
