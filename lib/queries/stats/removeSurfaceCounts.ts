// The corpus counts of surface forms (term_surface) lowered by articles about to be deleted. Surface forms are
// not stored per passage: counted again from the passages' text with the one tokenizer, as ingestion and
// rebuildStats count them. A form no passage uses any more goes.
import { Prisma } from "../../db";
import { countSurfaces } from "./countSurfaces";

export async function removeSurfaceCounts(tx: Prisma.TransactionClient, articleIds: number[]): Promise<void> {
  const s = await countSurfaces(tx, Prisma.sql`article_id = ANY(${articleIds}::int[])`);
  if (!s.length) return;
  const rows = Prisma.sql`unnest(${s.map((r) => r.stem)}::text[], ${s.map((r) => r.surface)}::text[], ${s.map((r) => r.count)}::int[]) AS r(stem, surface, count)`;
  // locked in key order, as ingestion adds them (addStatsContribution); then lowered, and the emptied deleted
  await tx.$executeRaw`SELECT 1 FROM term_surface d JOIN ${rows} ON d.stem = r.stem AND d.surface = r.surface ORDER BY d.stem, d.surface FOR UPDATE OF d`;
  await tx.$executeRaw`UPDATE term_surface d SET count = d.count - r.count FROM ${rows} WHERE d.stem = r.stem AND d.surface = r.surface`;
  await tx.$executeRaw`DELETE FROM term_surface d USING ${rows} WHERE d.stem = r.stem AND d.surface = r.surface AND d.count <= 0`;
}
