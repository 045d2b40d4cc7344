// The name a term key is shown by: its commonest surface form in the corpus. Words are named from the
// precomputed surface counts; phrases (rarer, and not counted there) from their stored occurrences.
import { getPrisma, Prisma } from "../db";

export async function getTermNames(keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const words = keys.filter((k) => !k.includes(" "));
  const phrases = keys.filter((k) => k.includes(" "));
  const rows = await getPrisma().$queryRaw<{ stem: string; surface: string }[]>(Prisma.sql`
    SELECT DISTINCT ON (stem) stem, surface FROM (
      SELECT stem, surface, count FROM term_surface WHERE stem = ANY(${words}::text[])
      UNION ALL
      SELECT stem, surface, SUM(count) FROM passage_term WHERE stem = ANY(${phrases}::text[]) GROUP BY stem, surface
    ) s ORDER BY stem, count DESC, surface`);
  return new Map(rows.map((r) => [r.stem, r.surface]));
}
