// For writers that change statistics cells whose passages did not change (a phrase fold counts phrases into
// every cell their sightings lie in): marks every cell changed, so that statistics cubes load again whole
// rather than refresh the outlet-months passage_stat's trigger recorded (lib/queries/stats/refreshStatsCube.ts).
import type { Prisma } from "../../db";
import { ALL_OUTLETS, ALL_TIME } from "./statGrains";

export async function noteEveryStatsCellChanged(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`INSERT INTO stats_cell_change (outlet_id, month) VALUES (${ALL_OUTLETS}, ${ALL_TIME}::date) ON CONFLICT DO NOTHING`;
}
