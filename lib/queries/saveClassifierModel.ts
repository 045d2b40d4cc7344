// Stores a newly trained model as the next version and makes it the only active one.
import { getPrisma, Prisma } from "../db";

export interface ModelToSave {
  algorithm: string;
  trainingSize: number;
  metrics: Prisma.InputJsonValue;
  serialized: string;
}

export async function saveClassifierModel(model: ModelToSave): Promise<{ version: number }> {
  return getPrisma().$transaction(async (tx) => {
    // two trainers at once would both pick max+1: serialise version numbering
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('classifier_model_version'))`;
    const latest = await tx.classifierModel.aggregate({ _max: { version: true } });
    const version = (latest._max.version ?? 0) + 1;
    await tx.classifierModel.updateMany({ where: { active: true }, data: { active: false } });
    await tx.classifierModel.create({ data: { ...model, version, active: true } });
    return { version };
  });
}
