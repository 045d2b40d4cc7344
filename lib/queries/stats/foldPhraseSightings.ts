// Counts the phrases waiting in phrase_sighting (one row per phrase and passage): a phrase whose sightings reach
// PHRASE_MIN_COUNT enters the dictionary and phrase_stat, counted there from its sightings' passages, and its
// sightings are removed. One transaction; ingestion and relabelling wait for it (the table lock), and it waits
// for them, so no sighting is counted twice or lost.
//
// Why a fold and not a lookup per phrase at ingestion: most phrases are seen once, and numbering each as it
// arrives was a random insert into an ever larger B-tree, most of an ingest at 200,000 passages. A fold sums
// the sightings in one pass, so its cost is proportional to the table. It runs after
// every ingest while the table is small (so small corpora are always exact), and once the rows appended since
// the last fold reach a quarter of what that fold left, so the cost per row appended stays constant.
import { getPrisma, Prisma } from "../../db";
import { PHRASE_MIN_COUNT, termCellsFromPassages } from "./statGrains";
import { noteEveryStatsCellChanged } from "./noteEveryStatsCellChanged";
import { upsertTermCells } from "./upsertTermCells";

/** Below this many sighting rows a fold takes milliseconds: always fold. */
const ALWAYS_FOLD_BELOW = 200_000;
/** Above it, fold once the rows appended since the last fold are this share of the rows that fold left. */
const FOLD_GROWTH = 0.25;

export interface FoldResult { promoted: number; waiting: number }

type State = { pending: bigint; folded: bigint };

function due(state: State | undefined, force: boolean): boolean {
  const pending = Number(state?.pending ?? 0);
  const folded = Number(state?.folded ?? 0);
  if (!pending) return false;
  return force || pending + folded < ALWAYS_FOLD_BELOW || pending >= folded * FOLD_GROWTH;
}

/** `force`: fold whatever is waiting (end of a bulk import, before a rebuild). Null when nothing was due. */
export async function foldPhraseSightings(options: { force?: boolean } = {}): Promise<FoldResult | null> {
  const prisma = getPrisma();
  const readState = (db: Pick<typeof prisma, "$queryRaw">) => db.$queryRaw<State[]>`SELECT pending, folded FROM phrase_sighting_state WHERE id = 1`;
  // a look without the lock first: most ingests find nothing due, and must not queue behind each other here
  if (!due((await readState(prisma))[0], options.force ?? false)) return null;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE phrase_sighting IN EXCLUSIVE MODE`;
    const [state] = await readState(tx);
    if (!state || !due(state, options.force ?? false)) return null;
    await tx.$executeRaw`SELECT set_config('work_mem', '256MB', true), set_config('jit', 'off', true)`;
    // the phrases whose sightings reach the threshold: one pass over the table
    await tx.$executeRaw`
      CREATE TEMP TABLE promoted_phrase ON COMMIT DROP AS
      SELECT id, MIN(stem) AS stem, MIN(n) AS n, SUM(count)::int AS count FROM phrase_sighting
      GROUP BY id HAVING SUM(count) >= ${PHRASE_MIN_COUNT}`;
    const promoted = await tx.$executeRaw`INSERT INTO term (id, stem, n, count) SELECT id, stem, n, count FROM promoted_phrase ORDER BY id`;
    let moved = 0;
    if (promoted) {
      await tx.$executeRaw`ANALYZE promoted_phrase`;
      // counted into phrase_stat from their sightings' passages (rows t: passage_id, stem, n, count)
      await upsertTermCells(tx, "phrase_stat", termCellsFromPassages(
        Prisma.sql`(SELECT s.passage_id, d.stem, d.n, s.count FROM phrase_sighting s JOIN promoted_phrase d ON d.id = s.id)`, Prisma.sql`TRUE`, "all"));
      moved = await tx.$executeRaw`DELETE FROM phrase_sighting s USING promoted_phrase d WHERE s.id = d.id`;
      await noteEveryStatsCellChanged(tx);
    }
    const waiting = Number(state.pending) + Number(state.folded) - moved;
    await tx.$executeRaw`
      INSERT INTO phrase_sighting_state (id, pending, folded) VALUES (1, 0, ${waiting})
      ON CONFLICT (id) DO UPDATE SET pending = 0, folded = EXCLUDED.folded`;
    return { promoted, waiting };
  }, { timeout: 60 * 60_000 });
}
