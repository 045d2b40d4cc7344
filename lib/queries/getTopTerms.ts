// The most frequent content terms of each framing under the current filters, grouped by stem and named by
// their most common surface form.
import { getPrisma, Prisma } from "../db";
import type { FramingLabel } from "../classify/labels";
import type { Filters } from "../schema";
import { passageFilter } from "./passageFilter";
import { statsCanAnswer } from "./statFilter";
import { termStatFilter } from "./termStatFilter";

export interface TopTermRow { framing: FramingLabel; stem: string; term: string; count: number; passages: number }

export async function getTopTerms(filters: Partial<Filters>, perFraming = 15): Promise<TopTermRow[]> {
  const withoutTerm = { ...filters, term: undefined };
  if (statsCanAnswer(withoutTerm)) {
    return getPrisma().$queryRaw<TopTermRow[]>(Prisma.sql`
      WITH stems AS (
        SELECT s.framing, s.stem, SUM(s.count)::int AS count, SUM(s.passages)::int AS passages
        FROM term_stat s WHERE ${termStatFilter(withoutTerm)}
        GROUP BY s.framing, s.stem HAVING SUM(s.count) > 0
      ), ranked AS (
        SELECT *, ROW_NUMBER() OVER (PARTITION BY framing ORDER BY count DESC, stem) AS rank FROM stems
      )
      SELECT r.framing::text AS framing, r.stem,
             (SELECT surface FROM term_surface ts WHERE ts.stem = r.stem ORDER BY ts.count DESC, ts.surface LIMIT 1) AS term,
             r.count, r.passages
      FROM ranked r WHERE r.rank <= ${perFraming}
      ORDER BY r.framing, r.rank`);
  }
  return getPrisma().$queryRaw<TopTermRow[]>(Prisma.sql`
    WITH surfaces AS (
      SELECT p.framing, t.stem, t.surface, SUM(t.count) AS count, COUNT(DISTINCT t.passage_id) AS passages
      FROM passage_term t JOIN passage p ON p.id = t.passage_id
      WHERE t.n = 1 AND ${passageFilter({ ...filters, term: undefined })}
      GROUP BY p.framing, t.stem, t.surface
    ), stems AS (
      SELECT framing, stem,
             (array_agg(surface ORDER BY count DESC, surface))[1] AS term,
             SUM(count)::int AS count, SUM(passages)::int AS passages
      FROM surfaces GROUP BY framing, stem
    ), ranked AS (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY framing ORDER BY count DESC, stem) AS rank FROM stems
    )
    SELECT framing::text AS framing, stem, term, count, passages FROM ranked
    WHERE rank <= ${perFraming}
    ORDER BY framing, rank`);
}
