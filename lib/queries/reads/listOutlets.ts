import { getPrisma } from "../../db";
import { defineRead } from "../plan/defineRead";

const alphabetical = new Intl.Collator("en", { sensitivity: "base", ignorePunctuation: true });

export interface OutletListing { id: number; name: string; articles: number }

/** Outlets with their article counts, for the filter controls, alphabetically whatever their case ("the Guardian" among the Ts, not after every capitalised name). */
export const listOutlets = defineRead<[], OutletListing[]>("listOutlets", {
  selection: () => ({}),
  passages: async () => {
    const rows = await getPrisma().outlet.findMany({ select: { id: true, name: true, _count: { select: { articles: true } } } });
    return rows.map((r) => ({ id: r.id, name: r.name, articles: r._count.articles })).sort((a, b) => alphabetical.compare(a.name, b.name) || (a.name < b.name ? -1 : 1));
  },
});
