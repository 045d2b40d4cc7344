// The term statistics (term_stat, phrase_stat) hold each count at four grains, so that a query reads the
// coarsest rows that answer its filters exactly instead of summing thousands of month cells:
//   outlet × month · all outlets × month · outlet × all time · all outlets × all time
// "All outlets" is outlet_id 0 (ids start at 1); "all time" is the month 0001-01-01. Undated passages sit in
// month 1900-01-01 and count in the all-time rows. An article lies in one outlet and one month, so every
// count, articles included, adds up exactly across the grains.
import { Prisma } from "../../db";

export const ALL_OUTLETS = 0;
export const ALL_TIME = "0001-01-01";
export const UNDATED = "1900-01-01";

export const MONTH_OF_PASSAGE = Prisma.sql`COALESCE(date_trunc('month', p.published_at)::date, DATE '1900-01-01')`;

/**
 * Which grains a statement writes: all four, or split in two for writers that run beside each other
 * (ingestion, relabelling): the finest grain, rows an article's outlet and month mostly keep to themselves,
 * then the coarser grains every writer shares. All of them write the finest rows first, so none holds a
 * shared row while it waits for a finest one.
 */
export type Grains = "all" | "finest" | "shared";

/** The GROUPING SETS that yield those grains, over the given framing, outlet, month and stem columns. */
export function grainGrouping(c: { framing: Prisma.Sql; outlet: Prisma.Sql; month: Prisma.Sql; stem: Prisma.Sql }, grains: Grains): Prisma.Sql {
  const finest = [Prisma.sql`(${c.framing}, ${c.outlet}, ${c.month}, ${c.stem})`];
  const shared = [Prisma.sql`(${c.framing}, ${c.month}, ${c.stem})`, Prisma.sql`(${c.framing}, ${c.outlet}, ${c.stem})`, Prisma.sql`(${c.framing}, ${c.stem})`];
  const sets = grains === "finest" ? finest : grains === "shared" ? shared : [...finest, ...shared];
  return Prisma.sql`GROUPING SETS (${Prisma.join(sets, ", ")})`;
}

const PASSAGE_TERM_COLUMNS = { framing: Prisma.sql`p.framing`, outlet: Prisma.sql`p.outlet_id`, month: MONTH_OF_PASSAGE, stem: Prisma.sql`t.stem` };
/**
 * GROUP BY for a query over passages `p` ⋈ their terms `t` (lib/queries/passageTermRows); select
 * `COALESCE(p.outlet_id, 0)` style columns through GRAIN_COLUMNS.
 */
export const passageGrainGrouping = (grains: Grains) => grainGrouping(PASSAGE_TERM_COLUMNS, grains);
export const GRAIN_COLUMNS = Prisma.sql`p.framing, COALESCE(p.outlet_id, 0), COALESCE(${MONTH_OF_PASSAGE}, DATE '0001-01-01'), t.stem`;

/**
 * Phrases enter phrase_stat once seen this often in the whole corpus (term.count). Keyness needs a term 3
 * times in its two selections together, so a rarer phrase can never be key; the long tail of phrases seen
 * once or twice is most of the rows. Keep equal to keyness's minimum count.
 */
export const PHRASE_MIN_COUNT = 3;
export const COUNTED_PHRASES = Prisma.sql`(SELECT stem FROM term WHERE n > 1 AND count >= ${PHRASE_MIN_COUNT})`;
