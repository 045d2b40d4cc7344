import { getPrisma, type Prisma } from "../../db";

/** Replaces a stored model version's metrics with a fresh evaluation (`npm run eval`). */
export async function saveModelEvaluation(version: number, metrics: Prisma.InputJsonValue): Promise<void> {
  await getPrisma().classifierModel.update({ where: { version }, data: { metrics } });
}
