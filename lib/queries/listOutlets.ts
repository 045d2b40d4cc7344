import { getPrisma } from "../db";

/** Outlets with their article counts, for the filter controls. */
export async function listOutlets(): Promise<{ id: number; name: string; articles: number }[]> {
  const rows = await getPrisma().outlet.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { articles: true } } } });
  return rows.map((r) => ({ id: r.id, name: r.name, articles: r._count.articles }));
}
