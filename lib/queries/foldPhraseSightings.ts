// Counts the phrases waiting in phrase_sighting: each phrase's sightings are summed into one row, and a phrase
// seen PHRASE_MIN_COUNT times enters the dictionary and phrase_stat, counted there from all its passages (found
// through the term vectors' GIN index). One transaction; ingestion and relabelling wait for it (the table lock),
// and it waits for them, so no sighting is counted twice or lost.
//
// Why a fold and not a lookup per phrase at ingestion: most phrases are seen once, and numbering each as it
// arrives was a random insert into an ever larger B-tree, most of an ingest at 200,000 passages. A fold reads
// the sightings in one pass and rewrites them summed, so its cost is proportional to the table. It runs after
// every ingest while the table is small (so small corpora are always exact), and once the rows appended since
// the last fold reach a quarter of what that fold left, so the cost per row appended stays constant.
import { getPrisma, Prisma } from "../db";
import { GRAIN_COLUMNS, GRAIN_GROUPING, PHRASE_MIN_COUNT } from "./statGrains";
import { passageTermsOf } from "./passageTermRows";
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
    if (!due((await readState(tx))[0], options.force ?? false)) return null;
    await tx.$executeRaw`SELECT set_config('work_mem', '256MB', true), set_config('jit', 'off', true)`;
    await tx.$executeRaw`
      CREATE TEMP TABLE folded_sighting ON COMMIT DROP AS
      SELECT id, MIN(stem) AS stem, MIN(n) AS n, SUM(count)::int AS count FROM phrase_sighting GROUP BY id`;
    const promoted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO term (id, stem, n, count)
      SELECT id, stem, n, count FROM folded_sighting WHERE count >= ${PHRASE_MIN_COUNT} ORDER BY id
      RETURNING id::text`;
    if (promoted.length) {
      await upsertTermCells(tx, "phrase_stat", Prisma.sql`
        SELECT ${GRAIN_COLUMNS}, MIN(t.n), SUM(t.count), COUNT(DISTINCT t.passage_id), COUNT(DISTINCT p.article_id)
        FROM ${passageTermsOf(promoted.map((r) => r.id))} t JOIN passage p ON p.id = t.passage_id
        GROUP BY ${GRAIN_GROUPING} ORDER BY 1, 2, 3, 4`);
    }
    await tx.$executeRaw`TRUNCATE phrase_sighting`;
    const waiting = await tx.$executeRaw`
      INSERT INTO phrase_sighting (id, stem, n, count) SELECT id, stem, n, count FROM folded_sighting WHERE count < ${PHRASE_MIN_COUNT}`;
    await tx.$executeRaw`
      INSERT INTO phrase_sighting_state (id, pending, folded) VALUES (1, 0, ${waiting})
      ON CONFLICT (id) DO UPDATE SET pending = 0, folded = EXCLUDED.folded`;
    return { promoted: promoted.length, waiting };
  }, { timeout: 60 * 60_000 });
}
