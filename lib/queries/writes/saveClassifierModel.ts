// Stores a newly trained model as the next version and makes it the only active one.
import { getPrisma, type Prisma } from "../../db";

export interface ModelToSave {
  algorithm: string;
  trainingSize: number;
  metrics: Prisma.InputJsonValue;
  serialized: string;
  /** the reviewed passages it learnt from */
  reviewedPassageIds?: number[];
}

export class ActiveVersionChanged extends Error {}

/**
 * `replacing`: the version (or null: none) a retrain compared the model with. If another version became
 * active meanwhile, nothing is stored and ActiveVersionChanged is thrown: the comparison no longer holds.
 */
export async function saveClassifierModel(model: ModelToSave, options: { replacing?: number | null } = {}): Promise<{ version: number }> {
  return getPrisma().$transaction(async (tx) => {
    // two trainers at once would both pick max+1: serialise version numbering
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('classifier_model_version'))`;
    if (options.replacing !== undefined) {
      const active = await tx.classifierModel.findFirst({ where: { active: true }, orderBy: { version: "desc" }, select: { version: true } });
      if ((active?.version ?? null) !== options.replacing) {
        throw new ActiveVersionChanged(`version ${active?.version ?? "none"} became active while this one trained against ${options.replacing ?? "none"}`);
      }
    }
    const latest = await tx.classifierModel.aggregate({ _max: { version: true } });
    const version = (latest._max.version ?? 0) + 1;
    await tx.classifierModel.updateMany({ where: { active: true }, data: { active: false } });
    await tx.classifierModel.create({ data: { ...model, version, active: true } });
    return { version };
  });
}
