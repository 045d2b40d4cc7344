import { getPrisma } from "../db";
import type { FramingLabel } from "../classify/labels";

/** A reviewer's framing for a passage: stored as human, which the model never overwrites. Null if no such passage. */
export async function setHumanLabel(passageId: number, framing: FramingLabel) {
  const prisma = getPrisma();
  const found = await prisma.passage.findUnique({ where: { id: passageId }, select: { id: true } });
  if (!found) return null;
  return prisma.passage.update({
    where: { id: passageId },
    data: { framing, labelSource: "human", confidence: 1, reviewedAt: new Date() },
    select: { id: true, framing: true, labelSource: true, modelFraming: true, reviewedAt: true },
  });
}
