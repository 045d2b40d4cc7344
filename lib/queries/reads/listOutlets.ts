import { getPrisma } from "../../db";
import { defineRead } from "../plan/defineRead";

export interface OutletListing { id: number; name: string; articles: number }

/** Outlets with their article counts, for the filter controls. */
export const listOutlets = defineRead<[], OutletListing[]>("listOutlets", {
  selection: () => ({}),
  passages: async () => {
    const rows = await getPrisma().outlet.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { articles: true } } } });
    return rows.map((r) => ({ id: r.id, name: r.name, articles: r._count.articles }));
  },
});
