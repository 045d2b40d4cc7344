// Surface forms (a word as written, under its stem) counted from passages' text, a batch of passages at a time,
// with the one tokenizer ingestion uses: surface forms are not stored per passage, so a rebuild and a delete
// count them again. `where` selects passages aliased as the table itself (e.g. article_id = ANY(…)).
import { Prisma } from "../../db";
import { countTerms } from "../../analysis/terms";

export interface SurfaceCount { stem: string; surface: string; count: number }

export async function countSurfaces(tx: Prisma.TransactionClient, where: Prisma.Sql = Prisma.sql`TRUE`): Promise<SurfaceCount[]> {
  const surfaces = new Map<string, SurfaceCount>();
  for (let last = 0; ;) {
    const batch = await tx.$queryRaw<{ id: number; text: string }[]>`
      SELECT id, text FROM passage WHERE ${where} AND id > ${last} ORDER BY id LIMIT 2000`;
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
  return [...surfaces.values()];
}
