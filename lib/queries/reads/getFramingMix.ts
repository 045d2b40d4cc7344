// How a selection's passages divide between the three framings.
import { getPrisma, Prisma } from "../../db";
import type { Filters } from "../../schema";
import { passageFilter } from "../sql/passageFilter";
import { defineRead } from "../plan/defineRead";

export interface FramingMix { official: number; critical: number; testimony: number; total: number; articles: number }

/** Counted from the passages: the article count needs them. */
export const getFramingMix = defineRead<[filters: Partial<Filters>], FramingMix>("getFramingMix", {
  passages: async ({ filters }) => {
    const [row] = await getPrisma().$queryRaw<FramingMix[]>(Prisma.sql`
    SELECT COUNT(*) FILTER (WHERE p.framing = 'official')::int AS official,
           COUNT(*) FILTER (WHERE p.framing = 'critical')::int AS critical,
           COUNT(*) FILTER (WHERE p.framing = 'testimony')::int AS testimony,
           COUNT(*)::int AS total, COUNT(DISTINCT p.article_id)::int AS articles
    FROM passage p WHERE ${passageFilter(filters)}`);
    return row;
  },
});
