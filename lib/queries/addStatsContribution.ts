// Adds a newly stored article's contribution (lib/analysis/statsContribution) to the precomputed statistics,
// inside the caller's transaction (after its passages and terms are written). Rows go in key order, the
// order applyArticleStats uses, so that concurrent writers take the statistics rows' locks in the same order.
import { Prisma } from "../db";
import type { StatsContribution, TermCell } from "../analysis/statsContribution";
import { ALL_OUTLETS, ALL_TIME, GRAIN_COLUMNS, GRAIN_GROUPING, PHRASE_MIN_COUNT, UNDATED } from "./statGrains";
import { passageTermsOf } from "./passageTermRows";
import { type TermStatTable, upsertTermCells } from "./upsertTermCells";

/** Each cell at its four grains (lib/queries/statGrains). */
function upsertCells(tx: Prisma.TransactionClient, table: TermStatTable, outletId: number, month: string, cells: TermCell[]) {
  return upsertTermCells(tx, table, Prisma.sql`
    SELECT t.framing, g.outlet_id, g.month, t.stem, t.n, t.count, t.passages, t.articles
    FROM unnest(${cells.map((r) => r.framing)}::"Framing"[], ${cells.map((r) => r.stem)}::text[], ${cells.map((r) => r.n)}::smallint[],
                ${cells.map((r) => r.count)}::int[], ${cells.map((r) => r.passages)}::int[], ${cells.map((r) => r.articles)}::int[])
         AS t(framing, stem, n, count, passages, articles)
    CROSS JOIN (VALUES (${outletId}::int, ${month}::date), (${ALL_OUTLETS}::int, ${month}::date),
                       (${outletId}::int, ${ALL_TIME}::date), (${ALL_OUTLETS}::int, ${ALL_TIME}::date)) AS g(outlet_id, month)
    ORDER BY 1, 2, 3, 4`);
}

export async function addStatsContribution(tx: Prisma.TransactionClient, outletId: number, publishedAt: Date | null, c: StatsContribution): Promise<void> {
  const month = publishedAt ? `${publishedAt.toISOString().slice(0, 7)}-01` : UNDATED;
  if (c.terms.length) await upsertCells(tx, "term_stat", outletId, month, c.terms);
  if (c.phrases.length) await addPhrases(tx, outletId, month, c.phrases);
  if (c.passages.length) {
    await tx.$executeRaw`
      INSERT INTO passage_stat (framing, outlet_id, month, passages, tokens)
      SELECT t.framing, ${outletId}::int, ${month}::date, t.passages, t.tokens
      FROM unnest(${c.passages.map((r) => r.framing)}::"Framing"[], ${c.passages.map((r) => r.passages)}::int[],
                  ${c.passages.map((r) => r.tokens)}::int[]) AS t(framing, passages, tokens)
      ORDER BY 1, 2, 3
      ON CONFLICT (framing, outlet_id, month) DO UPDATE
        SET passages = passage_stat.passages + EXCLUDED.passages, tokens = passage_stat.tokens + EXCLUDED.tokens`;
  }
  if (c.surfaces.length) {
    await tx.$executeRaw`
      INSERT INTO term_surface (stem, surface, count)
      SELECT * FROM unnest(${c.surfaces.map((r) => r.stem)}::text[], ${c.surfaces.map((r) => r.surface)}::text[], ${c.surfaces.map((r) => r.count)}::int[])
      ORDER BY 1, 2
      ON CONFLICT (stem, surface) DO UPDATE SET count = term_surface.count + EXCLUDED.count`;
  }
}

/**
 * Phrases count towards the corpus totals; in phrase_stat only those seen PHRASE_MIN_COUNT times. A phrase that
 * reaches the threshold with this article is counted there from all its stored occurrences (this article's
 * included); one already past it adds this article's cells. Concurrent writers of one phrase take turns on its
 * phrase_total row, so exactly one of them sees it cross.
 */
async function addPhrases(tx: Prisma.TransactionClient, outletId: number, month: string, cells: TermCell[]): Promise<void> {
  const added = new Map<string, number>();
  for (const c of cells) added.set(c.stem, (added.get(c.stem) ?? 0) + c.count);
  const totals = await tx.$queryRaw<{ stem: string; count: number }[]>`
    INSERT INTO phrase_total (stem, count)
    SELECT * FROM unnest(${[...added.keys()]}::text[], ${[...added.values()]}::int[]) ORDER BY 1
    ON CONFLICT (stem) DO UPDATE SET count = phrase_total.count + EXCLUDED.count
    RETURNING stem, count`;
  const counted = new Set<string>();
  const crossing: string[] = [];
  for (const t of totals) {
    const before = t.count - added.get(t.stem)!;
    if (before >= PHRASE_MIN_COUNT) counted.add(t.stem);
    else if (t.count >= PHRASE_MIN_COUNT) crossing.push(t.stem);
  }
  const own = cells.filter((c) => counted.has(c.stem));
  if (own.length) await upsertCells(tx, "phrase_stat", outletId, month, own);
  if (crossing.length) {
    await upsertTermCells(tx, "phrase_stat", Prisma.sql`
      SELECT ${GRAIN_COLUMNS}, MIN(t.n), SUM(t.count), COUNT(DISTINCT t.passage_id), COUNT(DISTINCT p.article_id)
      FROM ${passageTermsOf(Prisma.sql`SELECT id FROM term WHERE stem = ANY(${crossing.sort()}::text[])`)} t JOIN passage p ON p.id = t.passage_id
      GROUP BY ${GRAIN_GROUPING} ORDER BY 1, 2, 3, 4`);
  }
}
