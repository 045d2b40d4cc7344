import { getPrisma } from "../../db";
import { rememberedReads } from "../plan/rememberedReads";

/** Outlets with their article counts, for the filter controls. */
async function computeListOutlets(): Promise<{ id: number; name: string; articles: number }[]> {
  const rows = await getPrisma().outlet.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { articles: true } } } });
  return rows.map((r) => ({ id: r.id, name: r.name, articles: r._count.articles }));
}

/** Remembered while the database is unchanged (lib/queries/plan/rememberedReads.ts). */
export const listOutlets = rememberedReads.wrap("listOutlets", computeListOutlets);
