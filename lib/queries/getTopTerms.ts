// The most frequent content terms of each framing under the current filters, grouped by stem and named by
// their most common surface form.
import { getPrisma, Prisma } from "../db";
import { FRAMINGS, type FramingLabel } from "../classify/labels";
import type { Filters } from "../schema";
import { passageFilter } from "./passageFilter";
import { statsCanAnswer } from "./statFilter";
import { termStatFilter } from "./termStatFilter";

export interface TopTermRow { framing: FramingLabel; stem: string; term: string; count: number; passages: number }

export async function getTopTerms(filters: Partial<Filters>, perFraming = 15): Promise<TopTermRow[]> {
  const withoutTerm = { ...filters, term: undefined };
  if (statsCanAnswer(withoutTerm)) {
    // per framing, the top rows by a bounded top-N sort rather than ranking every stem
    const framings = withoutTerm.framing?.length ? withoutTerm.framing : FRAMINGS;
    return getPrisma().$queryRaw<TopTermRow[]>(Prisma.sql`
      SELECT f.framing, r.stem,
             (SELECT surface FROM term_surface ts WHERE ts.stem = r.stem ORDER BY ts.count DESC, ts.surface LIMIT 1) AS term,
             r.count, r.passages
      FROM unnest(${[...framings]}::text[]) AS f(framing),
      LATERAL (
        SELECT s.stem, SUM(s.count)::int AS count, SUM(s.passages)::int AS passages
        FROM term_stat s WHERE s.framing = f.framing::"Framing" AND ${termStatFilter({ ...withoutTerm, framing: undefined })}
        GROUP BY s.stem HAVING SUM(s.count) > 0
        ORDER BY count DESC, s.stem LIMIT ${perFraming}
      ) r
      ORDER BY f.framing::"Framing", r.count DESC, r.stem`);
  }
  // a passage with two forms of a stem ("region", "regions") counts once for it
  return getPrisma().$queryRaw<TopTermRow[]>(Prisma.sql`
    WITH hits AS (
      SELECT p.framing, t.stem, t.surface, t.count, t.passage_id
      FROM passage_term t JOIN passage p ON p.id = t.passage_id
      WHERE t.n = 1 AND ${passageFilter({ ...filters, term: undefined })}
    ), stems AS (
      SELECT framing, stem, SUM(count)::int AS count, COUNT(DISTINCT passage_id)::int AS passages FROM hits GROUP BY framing, stem
    ), ranked AS (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY framing ORDER BY count DESC, stem) AS rank FROM stems
    ), named AS (
      SELECT framing, stem, (array_agg(surface ORDER BY total DESC, surface))[1] AS term
      FROM (SELECT h.framing, h.stem, h.surface, SUM(h.count) AS total FROM hits h JOIN ranked r USING (framing, stem)
            WHERE r.rank <= ${perFraming} GROUP BY 1, 2, 3) s
      GROUP BY framing, stem
    )
    SELECT r.framing::text AS framing, r.stem, n.term, r.count, r.passages
    FROM ranked r JOIN named n USING (framing, stem)
    WHERE r.rank <= ${perFraming}
    ORDER BY r.framing, r.rank`);
}
