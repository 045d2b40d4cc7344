// The corpus counts of surface forms (term_surface) lowered by articles about to be deleted. Surface forms are
// not stored per passage: counted again from the passages' text with the one tokenizer, as ingestion and
// rebuildStats count them. A form no passage uses any more goes.
import { Prisma } from "../../db";
import { countTerms } from "../../analysis/terms";

export async function removeSurfaceCounts(tx: Prisma.TransactionClient, articleIds: number[]): Promise<void> {
  const surfaces = new Map<string, { stem: string; surface: string; count: number }>();
  for (let last = 0; ;) {
    const batch = await tx.$queryRaw<{ id: number; text: string }[]>`
      SELECT id, text FROM passage WHERE article_id = ANY(${articleIds}::int[]) AND id > ${last} ORDER BY id LIMIT 2000`;
    if (!batch.length) break;
    for (const p of batch) for (const t of countTerms(p.text)) {
      if (t.n !== 1) continue;
      const key = `${t.stem}\u0000${t.surface}`;
      const row = surfaces.get(key) ?? { stem: t.stem, surface: t.surface, count: 0 };
      row.count += t.count;
      surfaces.set(key, row);
    }
    last = batch[batch.length - 1].id;
  }
  const s = [...surfaces.values()];
  if (!s.length) return;
  const rows = Prisma.sql`unnest(${s.map((r) => r.stem)}::text[], ${s.map((r) => r.surface)}::text[], ${s.map((r) => r.count)}::int[]) AS r(stem, surface, count)`;
  // locked in key order, as ingestion adds them (addStatsContribution); then lowered, and the emptied deleted
  await tx.$executeRaw`SELECT 1 FROM term_surface d JOIN ${rows} ON d.stem = r.stem AND d.surface = r.surface ORDER BY d.stem, d.surface FOR UPDATE OF d`;
  await tx.$executeRaw`UPDATE term_surface d SET count = d.count - r.count FROM ${rows} WHERE d.stem = r.stem AND d.surface = r.surface`;
  await tx.$executeRaw`DELETE FROM term_surface d USING ${rows} WHERE d.stem = r.stem AND d.surface = r.surface AND d.count <= 0`;
}
