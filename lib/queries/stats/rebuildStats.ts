// Recomputes the precomputed statistics from the passages themselves, in one transaction: `npm run
// rebuild-stats` (after restoring a dump, a repair by hand, or when they are suspected wrong), and in tests as
// the "recount" the incremental statistics must equal. The TRUNCATE inside it marks every statistics cell
// changed (migration 20261205000000_stats_cell_change), so a server's cube loads again whole afterwards.
import { getPrisma, Prisma } from "../../db";
import { upsertTermCells } from "./upsertTermCells";
import { countSurfaces } from "./countSurfaces";
import { COUNTED_PHRASES, passageCellsFromPassages, termCellsFromPassages } from "./statGrains";
import { PASSAGE_TERM_ROWS, unnestTerms } from "../sql/passageTermRows";
import { foldPhraseSightings } from "./foldPhraseSightings";

export async function rebuildStats(options: { timeoutMs?: number } = {}): Promise<void> {
  // every phrase seen PHRASE_MIN_COUNT times in the dictionary first, as the statistics count it
  await foldPhraseSightings({ force: true });
  await getPrisma().$transaction(async (tx) => {
    await tx.$executeRaw`TRUNCATE term_stat, phrase_stat, passage_stat, term_surface`;
    await upsertTermCells(tx, "term_stat", termCellsFromPassages(PASSAGE_TERM_ROWS, Prisma.sql`t.n = 1`, "all"));
    await tx.$executeRaw`
      UPDATE term d SET count = COALESCE(s.count, 0)
      FROM term d2 LEFT JOIN (SELECT u.term_id, SUM(u.count)::int AS count
                              FROM passage_terms v CROSS JOIN LATERAL ${unnestTerms()} GROUP BY 1) s
             ON s.term_id = d2.id
      WHERE d.id = d2.id AND d.count <> COALESCE(s.count, 0)`;
    await upsertTermCells(tx, "phrase_stat", termCellsFromPassages(PASSAGE_TERM_ROWS, Prisma.sql`t.n > 1 AND t.stem IN ${COUNTED_PHRASES}`, "all"));
    await tx.$executeRaw(passageCellsFromPassages(Prisma.sql`TRUE`));
    // surface forms are not stored per passage: counted again from the passages' text, a batch at a time
    const rows = await countSurfaces(tx);
    for (let i = 0; i < rows.length; i += 50_000) {
      const slice = rows.slice(i, i + 50_000);
      await tx.$executeRaw`INSERT INTO term_surface (stem, surface, count)
        SELECT * FROM unnest(${slice.map((r) => r.stem)}::text[], ${slice.map((r) => r.surface)}::text[], ${slice.map((r) => r.count)}::int[])`;
    }
  }, { timeout: options.timeoutMs ?? 600_000 });
}
