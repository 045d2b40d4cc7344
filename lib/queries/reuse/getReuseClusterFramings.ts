import { getPrisma } from "../../db";
import type { FramingLabel } from "../../classify/labels";

/**
 * The framings each cluster's passages carry now, counted from the passages at read time (nothing stored to
 * keep in step: a relabel is seen at once). Through reuse_member's cluster index and the passages' primary key.
 */
export async function getReuseClusterFramings(clusterIds: readonly number[]): Promise<Map<number, Partial<Record<FramingLabel, number>>>> {
  const rows = clusterIds.length ? await getPrisma().$queryRaw<{ cluster: number; framing: FramingLabel; passages: number }[]>`
    SELECT m.cluster_id AS cluster, p.framing::text AS framing, count(*)::int AS passages
    FROM reuse_member m JOIN passage p ON p.id = m.passage_id
    WHERE m.cluster_id = ANY(${[...clusterIds]}::int[]) GROUP BY 1, 2` : [];
  const framings = new Map<number, Partial<Record<FramingLabel, number>>>();
  for (const r of rows) framings.set(r.cluster, { ...framings.get(r.cluster), [r.framing]: r.passages });
  return framings;
}
