import { getPrisma } from "../db";

/** Every surface form stored for a stem ("camp" → camps, camp), longest first, for highlighting. */
export async function getTermSurfaces(stem: string): Promise<string[]> {
  const rows = await getPrisma().passageTerm.findMany({ where: { stem }, distinct: ["surface"], select: { surface: true } });
  return rows.map((r) => r.surface).sort((a, b) => b.length - a.length);
}
