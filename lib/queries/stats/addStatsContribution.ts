// Adds newly stored articles' contributions (lib/analysis/statsContribution) to the precomputed statistics,
// inside the caller's transaction (after their passages and term vectors are written). Several articles are
// summed first, so that a batch touches each statistics row once. In two calls: first the finest grain
// (outlet × month), rows a batch mostly has to itself, then the coarser grains and the surface forms, rows every
// batch shares. Between them the caller raises the dictionary's totals (lib/queries/writes/saveArticle.ts). Rows go in
// key order within each call, the order applyArticleStats uses, so concurrent writers lock them in one order.
import { Prisma } from "../../db";
import type { StatsContribution, TermCell } from "../../analysis/statsContribution";
import { ALL_OUTLETS, ALL_TIME, grainGrouping, type Grains, UNDATED } from "./statGrains";
import { type TermStatTable, upsertTermCells } from "./upsertTermCells";

/** One stored article's contribution, with the outlet and date it is counted under, in each of its collections. */
export interface ArticleContribution { collectionIds: number[]; outletId: number; publishedAt: Date | null; contribution: StatsContribution }

interface ArticleCell extends TermCell { collectionId: number; outletId: number; month: string }

const monthOf = (publishedAt: Date | null) => (publishedAt ? `${publishedAt.toISOString().slice(0, 7)}-01` : UNDATED);

function articleCells(parts: ArticleContribution[], pick: (c: StatsContribution) => TermCell[], keep?: Set<string>): ArticleCell[] {
  return parts.flatMap(({ collectionIds, outletId, publishedAt, contribution }) => {
    const month = monthOf(publishedAt);
    const cells = pick(contribution).filter((c) => !keep || keep.has(c.stem));
    return collectionIds.flatMap((collectionId) => cells.map((c) => ({ ...c, collectionId, outletId, month })));
  });
}

/**
 * The articles' cells summed by the database at the grains asked for (lib/queries/statGrains): in a GROUP BY
 * rather than in JavaScript, where the keys of a large batch cost more than the upsert.
 */
const CELL_COLUMNS = { collection: Prisma.sql`c.collection_id`, framing: Prisma.sql`c.framing`, outlet: Prisma.sql`c.outlet_id`, month: Prisma.sql`c.month`, stem: Prisma.sql`c.stem` };

function upsertCells(tx: Prisma.TransactionClient, table: TermStatTable, cells: ArticleCell[], grains: Grains) {
  return upsertTermCells(tx, table, Prisma.sql`
    SELECT c.collection_id, c.framing, COALESCE(c.outlet_id, ${ALL_OUTLETS}), COALESCE(c.month, ${ALL_TIME}::date), c.stem,
           MIN(c.n), SUM(c.count), SUM(c.passages), SUM(c.articles), SUM(c.articles_only), SUM(c.articles_without_previous)
    FROM unnest(${cells.map((r) => r.collectionId)}::int[], ${cells.map((r) => r.framing)}::"Framing"[], ${cells.map((r) => r.outletId)}::int[], ${cells.map((r) => r.month)}::date[],
                ${cells.map((r) => r.stem)}::text[], ${cells.map((r) => r.n)}::smallint[], ${cells.map((r) => r.count)}::int[],
                ${cells.map((r) => r.passages)}::int[], ${cells.map((r) => r.articles)}::int[],
                ${cells.map((r) => r.articlesOnly)}::int[], ${cells.map((r) => r.articlesWithoutPrevious)}::int[])
         AS c(collection_id, framing, outlet_id, month, stem, n, count, passages, articles, articles_only, articles_without_previous)
    GROUP BY ${grainGrouping(CELL_COLUMNS, grains)}
    ORDER BY 1, 2, 3, 4, 5`);
}

/** A batch's cells, gathered once for the two calls. */
export interface BatchStats { parts: ArticleContribution[]; terms: ArticleCell[]; phrases: ArticleCell[] }

/**
 * `countedPhrases`: the articles' phrases already in the dictionary (findCountedPhrases), whose cells go to
 * phrase_stat. A phrase that reaches the threshold with these articles is counted there, from all its
 * passages, by the next fold (foldPhraseSightings).
 */
export function batchStats(parts: ArticleContribution[], countedPhrases: Set<string>): BatchStats {
  return { parts, terms: articleCells(parts, (c) => c.terms), phrases: articleCells(parts, (c) => c.phrases, countedPhrases) };
}

export async function addStatsContributions(tx: Prisma.TransactionClient, stats: BatchStats, grains: Exclude<Grains, "all">): Promise<void> {
  if (stats.terms.length) await upsertCells(tx, "term_stat", stats.terms, grains);
  if (stats.phrases.length) await upsertCells(tx, "phrase_stat", stats.phrases, grains);
  if (grains === "finest") await addPassageCounts(tx, stats.parts);
  else await addSurfaceCounts(tx, stats.parts);
}

/** Passages and tokens per collection × framing × outlet × month: passage_stat has the finest grain only. */
async function addPassageCounts(tx: Prisma.TransactionClient, parts: ArticleContribution[]): Promise<void> {
  const framings = new Map<string, { collectionId: number; framing: string; outletId: number; month: string; passages: number; tokens: number }>();
  for (const { collectionIds, outletId, publishedAt, contribution } of parts) {
    const month = monthOf(publishedAt);
    for (const collectionId of collectionIds) for (const r of contribution.passages) {
      const key = `${collectionId}\u0000${r.framing}\u0000${outletId}\u0000${month}`;
      const row = framings.get(key) ?? { collectionId, framing: r.framing, outletId, month, passages: 0, tokens: 0 };
      row.passages += r.passages;
      row.tokens += r.tokens;
      framings.set(key, row);
    }
  }
  const f = [...framings.values()];
  if (f.length) {
    await tx.$executeRaw`
      INSERT INTO passage_stat (collection_id, framing, outlet_id, month, passages, tokens)
      SELECT * FROM unnest(${f.map((r) => r.collectionId)}::int[], ${f.map((r) => r.framing)}::"Framing"[], ${f.map((r) => r.outletId)}::int[],
                           ${f.map((r) => r.month)}::date[], ${f.map((r) => r.passages)}::int[], ${f.map((r) => r.tokens)}::int[])
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (collection_id, framing, outlet_id, month) DO UPDATE
        SET passages = passage_stat.passages + EXCLUDED.passages, tokens = passage_stat.tokens + EXCLUDED.tokens`;
  }
}

/** Each surface form's occurrences in the corpus: rows of common words every batch shares. */
async function addSurfaceCounts(tx: Prisma.TransactionClient, parts: ArticleContribution[]): Promise<void> {
  const surfaces = new Map<string, { stem: string; surface: string; count: number }>();
  for (const { contribution } of parts) {
    for (const s of contribution.surfaces) {
      const key = `${s.stem}\u0000${s.surface}`;
      const row = surfaces.get(key) ?? { ...s, count: 0 };
      row.count += s.count;
      surfaces.set(key, row);
    }
  }
  const s = [...surfaces.values()];
  if (s.length) {
    await tx.$executeRaw`
      INSERT INTO term_surface (stem, surface, count)
      SELECT * FROM unnest(${s.map((r) => r.stem)}::text[], ${s.map((r) => r.surface)}::text[], ${s.map((r) => r.count)}::int[])
      ORDER BY 1, 2
      ON CONFLICT (stem, surface) DO UPDATE SET count = term_surface.count + EXCLUDED.count`;
  }
}
