// Training attempts (prisma TrainingAttempt): one row per retraining, at most one running. The writes a
// retraining makes as it goes, and the reads the Review page shows.
import type { TrainingAttempt } from "@/generated/prisma/client";
import { getPrisma, Prisma } from "../../db";

export type { TrainingAttempt };
export type AttemptStatus = "running" | "activated" | "refused" | "failed";

export type StartedAttempt = { ok: true; id: number } | { ok: false; running: TrainingAttempt };

/**
 * Starts a retraining, unless one is running. A running row whose process has died (`isAbandoned`) is closed
 * as failed first. The partial unique index training_attempt_one_running settles two starts at once.
 */
export async function startTrainingAttempt(
  start: { trigger: "cli" | "dashboard"; pid: number; host: string },
  isAbandoned: (attempt: TrainingAttempt) => boolean,
): Promise<StartedAttempt> {
  const prisma = getPrisma();
  const running = await prisma.trainingAttempt.findFirst({ where: { status: "running" } });
  if (running) {
    if (!isAbandoned(running)) return { ok: false, running };
    await prisma.trainingAttempt.updateMany({
      where: { id: running.id, status: "running" },
      data: { status: "failed", finishedAt: new Date(), reason: `the training process (pid ${running.pid} on ${running.host}) ended before it finished` },
    });
  }
  try {
    const row = await prisma.trainingAttempt.create({ data: { ...start, status: "running", progress: "starting" } });
    return { ok: true, id: row.id };
  } catch (e) {
    if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e;
    const other = await prisma.trainingAttempt.findFirst({ where: { status: "running" } });
    if (!other) throw e;
    return { ok: false, running: other };
  }
}

/** Progress, the process now doing the work, or the version compared with, while it runs. */
export async function updateTrainingAttempt(id: number, data: { progress?: string; pid?: number; activeVersion?: number | null }): Promise<void> {
  await getPrisma().trainingAttempt.updateMany({ where: { id, status: "running" }, data });
}

export async function finishTrainingAttempt(id: number, result: {
  status: Exclude<AttemptStatus, "running">; reason: string; comparison?: Prisma.InputJsonValue; candidateVersion?: number; activeVersion?: number | null;
}): Promise<void> {
  await getPrisma().trainingAttempt.updateMany({
    where: { id, status: "running" },
    data: { ...result, finishedAt: new Date(), progress: null },
  });
}

export async function getTrainingAttempt(id: number): Promise<TrainingAttempt | null> {
  return getPrisma().trainingAttempt.findUnique({ where: { id } });
}

/** The newest attempt (running or not), and the newest finished one with a comparison. */
export async function getLatestTrainingAttempts(): Promise<{ latest: TrainingAttempt | null; lastCompared: TrainingAttempt | null }> {
  const prisma = getPrisma();
  const [latest, lastCompared] = await Promise.all([
    prisma.trainingAttempt.findFirst({ orderBy: { id: "desc" } }),
    prisma.trainingAttempt.findFirst({ where: { status: { in: ["activated", "refused"] } }, orderBy: { id: "desc" } }),
  ]);
  return { latest, lastCompared };
}
